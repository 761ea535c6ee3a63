package dev.sls.ibkey.push.sender;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Sender {@value #ID}: sends nothing; the phone learns of challenges by polling the device API. */
public final class NonePushSenderFactory extends PushSenderFactory {

    public static final String ID = "none";

    public NonePushSenderFactory() {
        super(ID, (notification, settings) -> CompletableFuture.completedFuture(PushResult.skipped(ID)), List.of());
    }
}
