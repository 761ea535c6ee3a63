package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.ActivationQr;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code activate --qr FILE} or {@code activate --server URL --realm R --code CODE}, with {@code --pin} and
 * {@code --device-name}. With {@code --qr}, {@code --server} and {@code --realm} may be given too: they must be what
 * the QR code says.
 */
final class ActivateCommand {

    private ActivateCommand() {
    }

    static int run(Session session, CliArgs args) {
        args.expect(0, "", "qr", "server", "realm", "code", "pin");
        boolean byQr = args.has("qr");
        if (byQr == args.has("code")) {
            throw new UsageException("activate takes either --qr FILE or --server URL --realm R --code CODE");
        }
        if (!byQr && !(args.has("server") && args.has("realm"))) {
            throw new UsageException("activate by code needs all of --server, --realm and --code");
        }
        IbKeyApp app = session.app();
        ActivationUri activation = byQr ? fromQr(args) : null;
        args.option("device-name").ifPresent(app::rename);
        String pin = pin(session, args);
        List<IbKeyUser> before = app.users();
        IbKeyUser user = byQr
                ? app.activate(activation, pin, List.of())
                : app.activateWithCode(args.option("server").orElseThrow(), args.option("realm").orElseThrow(),
                        args.option("code").orElseThrow(), pin);
        session.save();
        if (before.contains(user)) {
            session.out().println(user.label() + " was already active on this app; nothing changed");
        } else {
            session.out().println("activated " + user.label() + " (device handle " + user.deviceHandle() + ")");
            if (!user.hasOcraKey()) {
                session.out().println("note: the server did not send an OCRA key, offline codes are not available");
            }
        }
        return 0;
    }

    /** The QR code's activation; a --server or --realm given as well must be the one it names. */
    private static ActivationUri fromQr(CliArgs args) {
        ActivationUri activation = ActivationQr.read(readImage(args.option("qr").orElseThrow()));
        args.option("server").filter(server -> !sameServer(server, activation.server())).ifPresent(server -> {
            throw new IllegalArgumentException("the QR code is for server " + activation.server() + ", not " + server);
        });
        args.option("realm").filter(realm -> !realm.equals(activation.realm())).ifPresent(realm -> {
            throw new IllegalArgumentException("the QR code is for realm " + activation.realm() + ", not " + realm);
        });
        return activation;
    }

    private static boolean sameServer(String given, String inQr) {
        return strip(given).equalsIgnoreCase(strip(inQr));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String pin(Session session, CliArgs args) {
        if (!IbKeyProtocol.platformUsesPin(session.app().platform())) {
            return args.option("pin").orElse(null);
        }
        String prompt = session.app().hasAppPin() ? "enter the app PIN to add a user: "
                : "choose the app PIN (4 to 6 characters): ";
        return args.option("pin").or(() -> session.askSecret(prompt))
                .orElseThrow(() -> new UsageException("activate needs --pin on platform " + session.app().platform()));
    }

    static byte[] readImage(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
