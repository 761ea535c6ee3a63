package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.GatewayHttp;
import java.time.Clock;

/** Sender {@value #ID}: Firebase Cloud Messaging (Android, and iOS apps that use Firebase). */
public final class FcmPushSenderFactory extends PushSenderFactory {

    public static final String ID = "fcm";

    public FcmPushSenderFactory() {
        this(Clock.systemUTC());
    }

    FcmPushSenderFactory(Clock clock) {
        this(new GatewayHttp(), clock);
    }

    private FcmPushSenderFactory(GatewayHttp http, Clock clock) {
        super(ID, new FcmPushSender(http, new FcmAccessTokens(http, clock)), FcmSettings.PROPERTIES);
    }
}
