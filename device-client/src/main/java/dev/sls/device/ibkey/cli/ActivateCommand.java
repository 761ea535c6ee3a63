package dev.sls.device.ibkey.cli;

import dev.sls.device.ibkey.IbKeyApp;
import dev.sls.device.ibkey.IbKeyUser;
import dev.sls.protocol.ibkey.IbKeyProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code activate --qr FILE} or {@code activate --server URL --realm R --code CODE}, with {@code --pin}. */
final class ActivateCommand {

    private ActivateCommand() {
    }

    static int run(Session session, CliArgs args) {
        args.expect(0, "", "qr", "server", "realm", "code", "pin");
        boolean byQr = args.has("qr");
        boolean byCode = args.has("server") || args.has("realm") || args.has("code");
        if (byQr == byCode) {
            throw new UsageException("activate takes either --qr FILE or --server URL --realm R --code CODE");
        }
        if (byCode && !(args.has("server") && args.has("realm") && args.has("code"))) {
            throw new UsageException("activate by code needs all of --server, --realm and --code");
        }
        IbKeyApp app = session.app();
        String pin = pin(session, args);
        List<IbKeyUser> before = app.users();
        IbKeyUser user = byQr
                ? app.activateFromQr(readImage(args.option("qr").orElseThrow()), pin)
                : app.activateWithCode(args.option("server").orElseThrow(), args.option("realm").orElseThrow(),
                        args.option("code").orElseThrow(), pin);
        session.save();
        if (before.contains(user)) {
            session.out().println(user.label() + " was already active on this app; nothing changed");
        } else {
            session.out().println("activated " + user.label() + " (credential " + user.credentialId() + ")");
            if (!user.hasOcraKey()) {
                session.out().println("note: the server did not send an OCRA key, offline codes are not available");
            }
        }
        return 0;
    }

    private static String pin(Session session, CliArgs args) {
        if (!IbKeyProtocol.platformUsesPin(session.app().platform())) {
            return args.option("pin").orElse(null);
        }
        return args.option("pin").or(() -> session.askSecret("choose the app PIN (4 to 6 characters): "))
                .orElseThrow(() -> new UsageException("activate needs --pin on platform " + session.app().platform()));
    }

    private static byte[] readImage(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
