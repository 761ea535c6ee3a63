package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.GatewayHttp;
import java.time.Clock;

/** Sender {@value #ID}: Apple Push Notification service, straight to iOS devices. */
public final class ApnsPushSenderFactory extends PushSenderFactory {

    public static final String ID = "apns";

    public ApnsPushSenderFactory() {
        this(Clock.systemUTC());
    }

    ApnsPushSenderFactory(Clock clock) {
        super(ID, new ApnsPushSender(new GatewayHttp(), new ApnsProviderTokens(clock), clock), ApnsSettings.PROPERTIES);
    }
}
