package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.protocol.api.ChallengeContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.sls.ibkey.protocol.IbKeyProtocol;

import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.api.ChallengeList;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import java.util.Optional;

/** {@code users}, {@code pending}, {@code show}, {@code approve}, {@code deny} and {@code respond}. */
final class ChallengeCommands {

    private ChallengeCommands() {
    }

    static int users(Session session, CliArgs args) {
        args.expect(0, "");
        session.out().println("device \"" + session.app().deviceName() + "\" (" + session.app().platform() + ", id "
                + session.app().deviceId() + ")");
        if (session.app().users().isEmpty()) {
            session.out().println("no users yet: run activate");
        }
        session.app().users().forEach(printer(session)::user);
        return 0;
    }

    static int pending(Session session, CliArgs args) {
        args.expect(0, "", "user");
        IbKeyUser user = session.user(args);
        ChallengeList list = session.app().pending(user);
        if (list.challenges().isEmpty()) {
            session.out().println("no pending challenges for " + user.label());
        }
        list.challenges().forEach(printer(session)::summary);
        return 0;
    }

    static int show(Session session, CliArgs args) {
        args.expect(1, "a challenge id", "user");
        IbKeyUser user = session.user(args);
        printer(session).context(session.app().read(user, args.positional(0)));
        return 0;
    }

    /**
     * {@code approve [ID] --code C | --number N [--push FILE]}: with {@code --push}, the request the notification in
     * FILE carries (one signed request); else the challenge ID, or without one the only challenge waiting (listed
     * whole, so again one signed decision).
     */
    static int approve(Session session, CliArgs args) {
        args.expectAtMost(1, "user", "number", "code", "push");
        if (args.has("number") && args.has("code")) {
            throw new UsageException("approve takes --code (the code on the login page) or --number, not both");
        }
        IbKeyUser user = session.user(args);
        String fromLoginPage = args.option("code").orElse(args.option("number").orElse(null));
        Optional<String> push = args.option("push");
        if (push.isPresent()) {
            if (args.positionalCount() == 1) {
                throw new UsageException("approve takes a challenge id or --push, not both");
            }
            return result(session, session.app().approve(user, received(session, push.get()), fromLoginPage));
        }
        String challengeId = args.positionalCount() == 1 ? args.positional(0) : onlyPending(session, user);
        return result(session, session.app().approve(user, challengeId, fromLoginPage));
    }

    /** The request a notification saved in {@code file} carries. */
    private static ChallengeContext received(Session session, String file) {
        try {
            ChallengeContext shown = session.app().receivePush(Files.readString(Path.of(file)));
            printer(session).context(shown);
            return shown;
        } catch (IOException e) {
            throw new UsageException("cannot read the notification " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private static String onlyPending(Session session, IbKeyUser user) {
        var pending = session.app().pending(user).challenges();
        if (pending.size() != 1) {
            throw new UsageException(pending.isEmpty() ? "no challenge is waiting for " + user.label()
                    : pending.size() + " challenges are waiting: name one (see pending)");
        }
        return pending.get(0).challengeId();
    }

    /** {@code deny ID [--reason not_me]}: a plain deny, or "I did not start this". */
    static int deny(Session session, CliArgs args) {
        args.expect(1, "a challenge id", "user", "reason");
        Optional<String> reason = args.option("reason");
        if (reason.isPresent() && !IbKeyProtocol.REASON_NOT_ME.equals(reason.get())) {
            throw new UsageException("--reason takes only " + IbKeyProtocol.REASON_NOT_ME);
        }
        return result(session, reason.isPresent() ? session.app().denyNotMe(session.user(args), args.positional(0))
                : session.app().deny(session.user(args), args.positional(0)));
    }

    static int respond(Session session, CliArgs args) {
        args.expect(1, "the challenge shown on the login page", "user", "pin");
        IbKeyUser user = session.user(args);
        String pin = args.option("pin").orElse(null);
        if (pin == null && user.offlineNeedsPin()) {
            pin = session.askSecret("app PIN: ").orElseThrow(() -> new UsageException("respond needs --pin"));
        }
        session.out().println(session.app().respond(user, args.positional(0), pin));
        return 0;
    }

    /** Prints the outcome; exit 1 unless the server did what was asked. */
    static int result(Session session, DecisionResult result) {
        Optional<DecisionStatus> status = DecisionStatus.fromWire(result.status());
        if (status.isEmpty()) {
            session.out().println("unexpected status from the server: " + result.status());
            return 1;
        }
        switch (status.get()) {
            case APPROVED -> session.out().println("approved");
            case DENIED -> session.out().println("denied");
            case NUMBER_MISMATCH -> {
                session.out().println("number-mismatch: that is not the number on the login page; the login is refused");
                return 1;
            }
            case CODE_MISMATCH -> {
                session.out().println("code-mismatch: that is not the code on the login page; the login is refused");
                return 1;
            }
        }
        return 0;
    }

    static Printer printer(Session session) {
        return new Printer(session.out(), session.app().clock());
    }
}
