package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ActivationCodeGrant;
import dev.sls.ibkey.protocol.api.ActivationSmsRequest;
import dev.sls.ibkey.protocol.api.ActivationSmsSent;
import dev.sls.ibkey.protocol.api.AppRegistration;

/**
 * {@code activate-sms --server URL --realm R --username U [--number REF | --new-number N [--country CC]]}: the seeds'
 * activation without a QR code. Asks for the password, picks (or asks for) the number, then asks for the code the
 * SMS brings, and activates this app with its device key and PIN.
 */
final class ActivateBySmsCommand {

    private ActivateBySmsCommand() {
    }

    static int run(Session session, CliArgs args) {
        args.expect(0, "", "server", "realm", "username", "password", "number", "new-number", "country", "pin");
        if (!(args.has("server") && args.has("realm") && args.has("username"))) {
            throw new UsageException("activate-sms needs --server, --realm and --username");
        }
        if (args.has("number") && args.has("new-number")) {
            throw new UsageException("activate-sms takes --number REF or --new-number N, not both");
        }
        String server = args.option("server").orElseThrow();
        String realm = args.option("realm").orElseThrow();
        IbKeyApp app = session.app();
        args.option("device-name").ifPresent(app::rename);
        String password = args.option("password").or(() -> session.askSecret("password: "))
                .orElseThrow(() -> new UsageException("activate-sms needs the password"));
        AppRegistration registration = app.apiClient().startRegistration(server, realm,
                args.option("username").orElseThrow(), password);
        ActivationSmsRequest where = where(session, args, registration);
        ActivationSmsSent sent = app.apiClient().requestActivationSms(server, realm, registration.registrationId(), where);
        session.out().println("activation code sent by SMS to " + sent.sentTo());
        String code = session.ask("code from the SMS: ")
                .orElseThrow(() -> new UsageException("activate-sms needs the code from the SMS"));
        ActivationCodeGrant grant = app.apiClient().redeemActivationSms(server, realm, registration.registrationId(),
                code);
        IbKeyUser user = app.activateWithCode(server, realm, grant.activationCode(), pin(session, args));
        session.save();
        session.out().println("activated " + user.label() + " (device handle " + user.deviceHandle() + ")");
        return 0;
    }

    private static ActivationSmsRequest where(Session session, CliArgs args, AppRegistration registration) {
        if (args.has("new-number")) {
            return new ActivationSmsRequest(null, args.option("new-number").orElseThrow(),
                    args.option("country").orElse(null));
        }
        if (args.has("number")) {
            return new ActivationSmsRequest(args.option("number").orElseThrow(), null, null);
        }
        if (registration.numbers().size() == 1) {
            return new ActivationSmsRequest(registration.numbers().get(0).ref(), null, null);
        }
        if (registration.numbers().isEmpty()) {
            String typed = session.ask("mobile number to send the code to (with country code): ")
                    .orElseThrow(() -> new UsageException("activate-sms needs a mobile number"));
            return new ActivationSmsRequest(null, typed, args.option("country").orElse(null));
        }
        registration.numbers().forEach(n -> session.out().println("  " + n.ref() + ": " + n.masked()));
        String picked = session.ask("send the code to number: ")
                .orElseThrow(() -> new UsageException("activate-sms needs a number"));
        return new ActivationSmsRequest(picked, null, null);
    }

    private static String pin(Session session, CliArgs args) {
        if (!IbKeyProtocol.platformUsesPin(session.app().platform())) {
            return args.option("pin").orElse(null);
        }
        return args.option("pin").or(() -> session.askSecret("choose the app PIN (4 to 6 characters): "))
                .orElseThrow(() -> new UsageException("activate-sms needs --pin on platform " + session.app().platform()));
    }
}
