package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.DeviceApiException;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeSummary;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.MatchMode;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code watch}: polls the pending challenges and asks the person about each new one, like the phone's prompt. The
 * listing carries each request whole, so each answer is one signed decision.
 */
final class WatchCommand {

    private final Session session;
    private final IbKeyUser user;
    private final Printer printer;
    private final Set<String> seen = new HashSet<>();

    private WatchCommand(Session session, IbKeyUser user) {
        this.session = session;
        this.user = user;
        this.printer = ChallengeCommands.printer(session);
    }

    static int run(Session session, CliArgs args) {
        args.expect(0, "", "user", "interval");
        int interval = args.intOption("interval").orElse(2);
        if (interval < 1) {
            throw new UsageException("--interval is at least 1 second");
        }
        return new WatchCommand(session, session.user(args)).loop(interval * 1000L);
    }

    private int loop(long intervalMillis) {
        session.out().println("watching " + user.label() + " every " + intervalMillis / 1000
                + " s; Ctrl-C or end of input stops");
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (ChallengeSummary summary : session.app().pending(user).challenges()) {
                    if (seen.add(summary.challengeId()) && !handle(summary)) {
                        return 0;
                    }
                }
            } catch (DeviceApiException e) {
                session.out().println("server refused: " + e.error() + ": " + e.serverMessage());
            } catch (UncheckedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                session.out().println("error: " + e.getMessage());
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    /** False when the input ended. */
    private boolean handle(ChallengeSummary summary) {
        String challengeId = summary.challengeId();
        ChallengeContext context = summary.context();
        try {
            if (context == null) {
                context = session.app().read(user, challengeId);
            }
        } catch (DeviceApiException e) {
            session.out().println("server refused: " + e.error() + ": " + e.serverMessage());
            return true;
        }
        session.out().println();
        printer.context(context);
        while (true) {
            Optional<String> answer = session.ask("approve, deny, not me (I did not start this) or skip? [a/d/n/s] ");
            if (answer.isEmpty()) {
                return false;
            }
            String choice = answer.get().toLowerCase(Locale.ROOT);
            if (choice.startsWith("s")) {
                return true;
            }
            if (choice.startsWith("d")) {
                return decide(() -> session.app().deny(user, challengeId));
            }
            if (choice.startsWith("n")) {
                return decide(() -> session.app().denyNotMe(user, challengeId));
            }
            if (choice.startsWith("a")) {
                Optional<String> fromLoginPage = Optional.of("");
                if (MatchMode.CODE.wire().equals(context.matchMode())) {
                    fromLoginPage = session.ask("code shown on the login page: ");
                } else if (!context.numberChoices().isEmpty()) {
                    fromLoginPage = pickNumber(context.numberChoices()).map(String::valueOf);
                }
                if (fromLoginPage.isEmpty()) {
                    return false;
                }
                String shown = fromLoginPage.get();
                return decide(() -> session.app().approve(user, challengeId, shown));
            }
        }
    }

    private Optional<Integer> pickNumber(List<Integer> choices) {
        while (true) {
            Optional<String> typed = session.ask("number shown on the login page " + choices + ": ");
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            try {
                int number = Integer.parseInt(typed.get());
                if (choices.contains(number)) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            session.out().println("type one of " + choices);
        }
    }

    private boolean decide(Supplier<DecisionResult> decision) {
        try {
            ChallengeCommands.result(session, decision.get());
        } catch (DeviceApiException e) {
            session.out().println("server refused: " + e.error() + ": " + e.serverMessage());
        }
        return true;
    }
}
