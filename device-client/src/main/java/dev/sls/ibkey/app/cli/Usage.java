package dev.sls.ibkey.app.cli;

import java.util.Set;

/** The help text. */
final class Usage {

    static final Set<String> COMMANDS =
            Set.of("activate", "activate-sms", "recover", "users", "pending", "show", "approve", "deny", "respond",
                    "watch", "transfer-offer", "transfer-accept", "update-push-token", "remove-user", "inbox");

    static final String TEXT = """
            IB Key reference app (command line): plays the phone of the Secure Login System.

            usage: java -jar sls-device-client-cli.jar [--state FILE] COMMAND [options]

              --state FILE          the app's state (device key, users); default ~/.sls-ibkey.json
              --device-name NAME    when the state file is created: the device name (default "IB Key CLI on <host>")
              --platform P          when the state file is created: cli (default), android or ios

            commands:
              activate --qr FILE [--pin P]                        scan the activation QR code (PNG or JPEG)
              activate --server URL --realm R --code CODE [--pin P]
                                                                  type the code shown under the QR code
              activate-sms --server URL --realm R --username U [--number REF | --new-number N [--country CC]]
                           [--pin P]                              without QR: password, then a code by SMS
              recover --server URL --realm R --username U [--code C] [--recovery-pin P] [--pin P] [--passcode P]
                                                                  after a reinstall or on a new phone: password,
                                                                  then the Activation Token sent by SMS to the number
                                                                  used at activation (or your security device's
                                                                  response), and the IB Key PIN when the old app had
                                                                  one; ios asks for the phone passcode first
              users                                               the users on this app
              pending [--user REALM/USERNAME]                     challenges waiting for approval
              show ID [--user ..]                                 what a challenge is about
              approve [ID] --code C | --number N [--user ..]      approve with the code (or number) on the login
                                                                  page; without ID the only challenge waiting;
                                                                  --push FILE: the request a notification (saved
                                                                  in FILE) carries, approved in one request
              deny ID [--reason not_me] [--user ..]               deny; --reason not_me: "I did not start this"
              respond CHALLENGE [--pin P] [--user ..]             offline code for the challenge on the login page
              watch [--user ..] [--interval SECONDS]              poll (every 2 s) and ask about each challenge
              transfer-offer [--user ..] [--out FILE]             on the old phone: a one-time offer to move the user
                                                                  to a new phone, as a QR code (default
                                                                  sls-ibkey-transfer.png) and its URI
              transfer-accept --qr FILE [--pin P]                 on the new phone: scan the old phone's offer; the
                                                                  new phone takes the user, the old one retires
              update-push-token --provider P --token T [--user ..]
                                                                  the push token rotated (fcm, apns, webhook; or
                                                                  --provider none to poll); every user without --user
              remove-user [--user ..]                             "Remove user": the server retires this phone for
                                                                  the user at once, and the app forgets the user
              inbox [--pin P] [--user ..]                         the temporary password Client Services sent to
                                                                  this app: fetched once, shown once
              help                                                this text

            --user may be left out when the app holds one user. The PIN is asked for when --pin is left out and
            needed (platforms cli and android). Exit codes: 0 done, 1 refused, 2 wrong command line.
            """;

    private Usage() {
    }
}
