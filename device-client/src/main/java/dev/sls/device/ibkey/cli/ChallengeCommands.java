package dev.sls.device.ibkey.cli;

import dev.sls.device.ibkey.IbKeyUser;
import dev.sls.protocol.ibkey.IbKeyProtocol;
import dev.sls.protocol.ibkey.api.ChallengeList;
import dev.sls.protocol.ibkey.api.DecisionResult;

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

    static int approve(Session session, CliArgs args) {
        args.expect(1, "a challenge id", "user", "number");
        IbKeyUser user = session.user(args);
        return result(session, session.app().approve(user, args.positional(0), args.intOption("number").orElse(null)));
    }

    static int deny(Session session, CliArgs args) {
        args.expect(1, "a challenge id", "user");
        return result(session, session.app().deny(session.user(args), args.positional(0)));
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
        switch (result.status()) {
            case IbKeyProtocol.STATUS_APPROVED -> session.out().println("approved");
            case IbKeyProtocol.STATUS_DENIED -> session.out().println("denied");
            case IbKeyProtocol.STATUS_NUMBER_MISMATCH -> {
                session.out().println("number-mismatch: that is not the number on the login page; the login is refused");
                return 1;
            }
            default -> {
                session.out().println("unexpected status from the server: " + result.status());
                return 1;
            }
        }
        return 0;
    }

    static Printer printer(Session session) {
        return new Printer(session.out(), session.app().clock());
    }
}
