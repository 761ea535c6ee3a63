package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.DeviceApiException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The IB Key reference app on the command line, to play the phone next to the demo. Exit codes: 0 done, 1 refused
 * (by the server or by the app), 2 wrong command line.
 */
public final class IbKeyCli {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private IbKeyCli() {
    }

    public static void main(String[] args) {
        Path defaultState = Path.of(System.getProperty("user.home"), ".sls-ibkey.json");
        System.exit(run(args, defaultState, System.in, System.out, System.err, System.console()));
    }

    /** Runs one command; {@code console} (may be null) reads PINs without echo. */
    public static int run(String[] args, Path defaultState, InputStream in, PrintStream out, PrintStream err,
                          Console console) {
        try {
            CliArgs parsed = CliArgs.parse(args);
            if (parsed.command().equals("help")) {
                out.print(Usage.TEXT);
                return OK;
            }
            if (!Usage.COMMANDS.contains(parsed.command())) {
                throw new UsageException("unknown command '" + parsed.command() + "'");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Session session = Session.open(parsed, defaultState, reader, out, err, console);
            return dispatch(session, parsed);
        } catch (UsageException e) {
            err.println("usage error: " + e.getMessage());
            err.println("run 'help' for the commands");
            return USAGE;
        } catch (DeviceApiException e) {
            err.println("server refused: " + e.error() + ": " + e.serverMessage());
            return REFUSED;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("refused: " + e.getMessage());
            return REFUSED;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return REFUSED;
        }
    }

    private static int dispatch(Session session, CliArgs args) {
        return switch (args.command()) {
            case "activate" -> ActivateCommand.run(session, args);
            case "activate-sms" -> ActivateBySmsCommand.run(session, args);
            case "recover" -> RecoverCommand.run(session, args);
            case "users" -> ChallengeCommands.users(session, args);
            case "pending" -> ChallengeCommands.pending(session, args);
            case "show" -> ChallengeCommands.show(session, args);
            case "approve" -> ChallengeCommands.approve(session, args);
            case "deny" -> ChallengeCommands.deny(session, args);
            case "respond" -> ChallengeCommands.respond(session, args);
            case "watch" -> WatchCommand.run(session, args);
            case "transfer-offer" -> LifecycleCommands.transferOffer(session, args);
            case "transfer-accept" -> LifecycleCommands.transferAccept(session, args);
            case "update-push-token" -> LifecycleCommands.updatePushToken(session, args);
            case "remove-user" -> LifecycleCommands.removeUser(session, args);
            case "inbox" -> InboxCommand.run(session, args);
            default -> throw new UsageException("unknown command '" + args.command() + "'");
        };
    }
}
