package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.AppEncryptionKey;
import dev.sls.ibkey.app.IbKeyUser;

/**
 * {@code inbox [--pin P] [--user ..]}: the temporary password Client Services delivered to this app (seeds: "Secure
 * delivery for your Password Reset"). The PIN is checked before anything is fetched; the password is shown once.
 */
final class InboxCommand {

    private InboxCommand() {
    }

    static int run(Session session, CliArgs args) {
        args.expect(0, "", "user", "pin");
        IbKeyUser user = session.user(args);
        AppEncryptionKey key = user.encryptionKey();
        if (key == null) {
            throw new IllegalStateException(user.label() + " was activated without an encryption key: activate this"
                    + " user again to receive passwords from Client Services");
        }
        String pin = args.option("pin").orElse(null);
        if (pin == null && key.pinProtected()) {
            pin = session.askSecret("app PIN: ").orElseThrow(() -> new UsageException("inbox needs --pin"));
        }
        String password = session.app().fetchDeliveredPassword(user, pin);
        session.out().println("temporary password from Client Services for " + user.label() + ":");
        session.out().println();
        session.out().println("    " + password);
        session.out().println();
        session.out().println("It is shown once. Log in with it: you will be asked to choose a new password.");
        return IbKeyCli.OK;
    }
}
