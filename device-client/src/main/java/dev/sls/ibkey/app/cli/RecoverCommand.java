package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.RecoveryStarted;

/**
 * {@code recover --server URL --realm R --username U}: "Recover setup" after a reinstall or on a new phone (the seeds'
 * reactivation). Asks for the password; then for the Activation Token the SMS brings to the number used at the
 * original activation, or, for a person who holds another active physical device, that device's response to the
 * challenge shown; the recovery PIN when the old key had one (proved to the server, never sent). On ios the phone's
 * own unlock (Face ID, fingerprint, passcode) stands before it: this app asks for a passcode in its place.
 */
final class RecoverCommand {

    private RecoverCommand() {
    }

    static int run(Session session, CliArgs args) {
        args.expect(0, "", "server", "realm", "username", "password", "code", "recovery-pin", "pin", "passcode");
        if (!(args.has("server") && args.has("realm") && args.has("username"))) {
            throw new UsageException("recover needs --server, --realm and --username");
        }
        String server = args.option("server").orElseThrow();
        String realm = args.option("realm").orElseThrow();
        IbKeyApp app = session.app();
        if ("ios".equals(app.platform())) {
            args.option("passcode").or(() -> session.askSecret("phone passcode (stands for Face ID / fingerprint): "))
                    .filter(p -> !p.isBlank())
                    .orElseThrow(() -> new UsageException("recover on ios needs the phone's unlock (--passcode)"));
        }
        String password = args.option("password").or(() -> session.askSecret("password: "))
                .orElseThrow(() -> new UsageException("recover needs the password"));
        RecoveryStarted started = app.startRecovery(server, realm, args.option("username").orElseThrow(), password);
        String answer;
        if ("sms".equals(started.proof())) {
            session.out().println("Activation Token sent by SMS to " + started.sentTo());
            answer = args.option("code").or(() -> session.ask("Activation Token from the SMS: "))
                    .orElseThrow(() -> new UsageException("recover needs the token from the SMS"));
        } else {
            session.out().println("operate your security device (" + started.deviceType() + "): " + started.challenge());
            answer = args.option("code").or(() -> session.ask("response of your security device: "))
                    .orElseThrow(() -> new UsageException("recover needs the device's response"));
        }
        String recoveryPin = null;
        if (started.pinRequired()) {
            recoveryPin = args.option("recovery-pin").or(() -> session.askSecret("IB Key PIN: "))
                    .orElseThrow(() -> new UsageException("recover needs the IB Key PIN (--recovery-pin)"));
        }
        String newPin = null;
        if (IbKeyProtocol.platformUsesPin(app.platform())) {
            newPin = args.option("pin").or(() -> args.option("recovery-pin"))
                    .or(() -> session.askSecret("choose the app PIN (4 to 6 characters): "))
                    .orElseThrow(() -> new UsageException("recover needs --pin on platform " + app.platform()));
        }
        IbKeyUser user = app.finishRecovery(server, realm, started, answer, recoveryPin, newPin);
        session.save();
        session.out().println("recovered " + user.label() + " (device handle " + user.deviceHandle() + ")");
        return 0;
    }
}
