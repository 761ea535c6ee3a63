package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.GatewayHttp;
import java.time.Clock;

/** Sender {@value #ID}: JSON POST to the realm's own URL, which forwards the push however it likes. */
public final class WebhookPushSenderFactory extends PushSenderFactory {

    public static final String ID = "webhook";

    public WebhookPushSenderFactory() {
        this(Clock.systemUTC());
    }

    WebhookPushSenderFactory(Clock clock) {
        super(ID, new WebhookPushSender(new GatewayHttp(), clock), WebhookSettings.PROPERTIES);
    }
}
