package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.GatewayHttp;
import dev.sls.core.gateway.SettingException;
import dev.sls.ibkey.push.sender.PushResult.Outcome;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/** Ends a sender's pipeline: every error becomes a {@link PushResult}, logged once and without the push token. */
final class PushResults {

    private static final Logger LOG = Logger.getLogger(PushResults.class);

    private PushResults() {
    }

    static CompletableFuture<PushResult> settle(String sender, PushNotification notification,
                                               CompletableFuture<PushResult> pending) {
        return pending.handle((result, error) -> {
            PushResult settled = error == null ? result : failure(sender, error);
            log(notification, settled);
            return settled;
        });
    }

    static CompletableFuture<PushResult> completed(PushNotification notification, PushResult result) {
        log(notification, result);
        return CompletableFuture.completedFuture(result);
    }

    static PushResult failure(String sender, Throwable error) {
        Throwable cause = GatewayHttp.unwrap(error);
        if (cause instanceof GatewayFailure failure) {
            return failure.result();
        }
        if (cause instanceof SettingException config) {
            return PushResult.failed(sender, Outcome.BAD_CONFIG, 0, config.getMessage());
        }
        return GatewayHttp.transportFailure(cause)
                .map(reason -> PushResult.failed(sender, Outcome.UNREACHABLE, 0, reason))
                .orElseGet(() -> {
                    LOG.errorf(cause, "Push sender %s failed unexpectedly", sender);
                    return PushResult.failed(sender, Outcome.SENDER_ERROR, 0, cause.getClass().getSimpleName());
                });
    }

    private static void log(PushNotification n, PushResult r) {
        switch (r.outcome()) {
            case DELIVERED -> LOG.debugf("Push via %s delivered (HTTP %d): realm=%s challenge=%s token#%s",
                    r.sender(), r.statusCode(), n.realm(), n.challengeId(), n.pushTokenFingerprint());
            case SKIPPED -> LOG.tracef("Push via %s skipped: realm=%s challenge=%s", r.sender(), n.realm(), n.challengeId());
            default -> LOG.warnf("Push via %s failed: %s status=%d reason=%s realm=%s challenge=%s token#%s",
                    r.sender(), r.outcome(), r.statusCode(), r.reason(), n.realm(), n.challengeId(),
                    n.pushTokenFingerprint());
        }
    }
}
