package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The app loaded from its state file, the terminal, and the choice of user. */
final class Session {

    static final String DEFAULT_PLATFORM = "cli";

    private final Path stateFile;
    private final IbKeyApp app;
    private final boolean stored;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Console console;

    private Session(Path stateFile, IbKeyApp app, boolean stored, BufferedReader in, PrintStream out, PrintStream err,
                    Console console) {
        this.stateFile = stateFile;
        this.app = app;
        this.stored = stored;
        this.in = in;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    /**
     * Loads the state file; without one, installs a new app in memory. The file is written only by {@link #save()}
     * (after an activation), so a mistyped command line leaves nothing behind.
     */
    static Session open(CliArgs args, Path defaultState, BufferedReader in, PrintStream out, PrintStream err,
                        Console console) throws IOException {
        Path file = args.option("state").map(Path::of).orElse(defaultState);
        if (Files.exists(file)) {
            if (args.has("platform")) {
                err.println("note: --platform only applies when " + file + " is created; ignored");
            }
            return new Session(file, IbKeyApp.load(file), true, in, out, err, console);
        }
        String platform = args.option("platform").orElse(DEFAULT_PLATFORM);
        try {
            IbKeyApp app = IbKeyApp.install(args.option("device-name").orElseGet(Session::defaultDeviceName), platform);
            return new Session(file, app, false, in, out, err, console);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** "IB Key CLI on <host>", so two terminals' phones are told apart in the consoles. */
    static String defaultDeviceName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host == null || host.isBlank() ? "IB Key CLI" : "IB Key CLI on " + host;
        } catch (IOException e) {
            return "IB Key CLI";
        }
    }

    Path stateFile() {
        return stateFile;
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
            if (!stored) {
                err.println("created " + stateFile + " for device \"" + app.deviceName() + "\" (" + app.platform() + ")");
            }
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
