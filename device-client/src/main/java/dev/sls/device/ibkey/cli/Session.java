package dev.sls.device.ibkey.cli;

import dev.sls.device.ibkey.IbKeyApp;
import dev.sls.device.ibkey.IbKeyUser;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The app loaded from its state file, the terminal, and the choice of user. */
final class Session {

    static final String DEFAULT_DEVICE_NAME = "IB Key CLI";
    static final String DEFAULT_PLATFORM = "cli";

    private final Path stateFile;
    private final IbKeyApp app;
    private final BufferedReader in;
    private final PrintStream out;
    private final Console console;

    private Session(Path stateFile, IbKeyApp app, BufferedReader in, PrintStream out, Console console) {
        this.stateFile = stateFile;
        this.app = app;
        this.in = in;
        this.out = out;
        this.console = console;
    }

    /** Loads the state file, or installs the app and creates the file on first use. */
    static Session open(CliArgs args, Path defaultState, BufferedReader in, PrintStream out, PrintStream err,
                        Console console) throws IOException {
        Path file = args.option("state").map(Path::of).orElse(defaultState);
        if (Files.exists(file)) {
            if (args.has("device-name") || args.has("platform")) {
                err.println("note: --device-name and --platform only apply when " + file + " is created; ignored");
            }
            return new Session(file, IbKeyApp.load(file), in, out, console);
        }
        String platform = args.option("platform").orElse(DEFAULT_PLATFORM);
        IbKeyApp app;
        try {
            app = IbKeyApp.install(args.option("device-name").orElse(DEFAULT_DEVICE_NAME), platform);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        app.save(file);
        err.println("created " + file + " for device \"" + app.deviceName() + "\" (" + platform + ")");
        return new Session(file, app, in, out, console);
    }

    IbKeyApp app() {
        return app;
    }

    PrintStream out() {
        return out;
    }

    void save() {
        try {
            app.save(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stateFile + ": " + e.getMessage(), e);
        }
    }

    /** The user named by {@code --user realm/username}, or the only one. */
    IbKeyUser user(CliArgs args) {
        List<IbKeyUser> users = app.users();
        Optional<String> wanted = args.option("user");
        if (wanted.isEmpty()) {
            if (users.isEmpty()) {
                throw new IllegalStateException("no users on this app yet: run activate first");
            }
            if (users.size() > 1) {
                throw new UsageException("this app holds several users, pick one with --user: " + labels(users));
            }
            return users.get(0);
        }
        int slash = wanted.get().indexOf('/');
        if (slash <= 0 || slash == wanted.get().length() - 1) {
            throw new UsageException("--user is realm/username, e.g. --user demo/alice");
        }
        String realm = wanted.get().substring(0, slash);
        String username = wanted.get().substring(slash + 1);
        return app.user(realm, username).orElseThrow(() -> new IllegalStateException(
                "no user " + wanted.get() + " on this app" + (users.isEmpty() ? "" : "; it holds " + labels(users))));
    }

    /** A line typed by the person, or empty at end of input. */
    Optional<String> ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return Optional.ofNullable(in.readLine()).map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A secret typed without echo when there is a terminal. */
    Optional<String> askSecret(String prompt) {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        return ask(prompt);
    }

    private static String labels(List<IbKeyUser> users) {
        return users.stream().map(IbKeyUser::label).collect(Collectors.joining(", "));
    }
}
