package dev.sls.ibkey.app.cli;

import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.TransferQr;
import dev.sls.ibkey.protocol.TransferUri;
import dev.sls.ibkey.protocol.api.PushTokenUpdated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The app's own life cycle: {@code transfer-offer}, {@code transfer-accept}, {@code update-push-token}, {@code remove-user}. */
final class LifecycleCommands {

    static final String DEFAULT_QR_FILE = "sls-ibkey-transfer.png";

    private LifecycleCommands() {
    }

    /** On the old phone: a one-time offer, as a QR code picture and as its URI. */
    static int transferOffer(Session session, CliArgs args) {
        args.expect(0, "", "user", "out");
        IbKeyUser user = session.user(args);
        Path out = Path.of(args.option("out").orElse(DEFAULT_QR_FILE));
        TransferUri transfer = session.app().offerTransfer(user);
        try {
            Files.write(out, TransferQr.png(transfer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        session.out().println("transfer offer for " + user.label() + ": scan " + out + " with the new phone"
                + " (transfer-accept --qr FILE); it can be used once, within a few minutes");
        session.out().println(transfer.format());
        return 0;
    }

    /** On the new phone: takes the user the offer is for, with this app's own key. */
    static int transferAccept(Session session, CliArgs args) {
        args.expect(0, "", "qr", "pin");
        TransferUri transfer = TransferQr.read(ActivateCommand.readImage(args.option("qr")
                .orElseThrow(() -> new UsageException("transfer-accept needs --qr FILE (the old phone's QR code)"))));
        args.option("device-name").ifPresent(session.app()::rename);
        IbKeyUser user = session.app().acceptTransfer(transfer, ActivateCommand.pin(session, args));
        session.save();
        session.out().println("transferred " + user.label() + " to this app (device handle " + user.deviceHandle()
                + "); the old phone no longer works for this user");
        return 0;
    }

    /** The push token rotated: tells the server, for the user given or for every user on the app. */
    static int updatePushToken(Session session, CliArgs args) {
        args.expect(0, "", "user", "provider", "token");
        String provider = args.option("provider").orElseThrow(() -> new UsageException(
                "update-push-token needs --provider (fcm, apns, webhook or none) and --token"));
        boolean none = provider.equals("none");
        if (none == args.has("token")) {
            throw new UsageException(none ? "--provider none takes no --token" : "update-push-token needs --token");
        }
        String token = none ? null : args.option("token").orElseThrow();
        List<IbKeyUser> users = args.has("user") ? List.of(session.user(args)) : session.app().users();
        if (users.isEmpty()) {
            throw new IllegalStateException("no users on this app yet: run activate first");
        }
        for (IbKeyUser user : users) {
            PushTokenUpdated updated = session.app().updatePushToken(user, none ? null : provider, token);
            session.out().println(user.label() + ": notifications now go to "
                    + (updated.pushProvider() == null ? "nowhere (the app polls)" : updated.pushProvider()));
        }
        session.save();
        return 0;
    }

    /** "Remove user": retired at the server at once, then forgotten by the app. */
    static int removeUser(Session session, CliArgs args) {
        args.expect(0, "", "user");
        IbKeyUser user = session.user(args);
        Instant removedAt = Instant.ofEpochSecond(session.app().removeUserAtServer(user).removedAt());
        session.save();
        session.out().println("removed " + user.label() + " at " + removedAt + ": at the next login use another"
                + " device, or activate IB Key again");
        return 0;
    }
}
