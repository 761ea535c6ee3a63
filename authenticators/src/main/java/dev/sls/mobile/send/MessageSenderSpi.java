package dev.sls.mobile.send;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: how a code reaches a mobile number (SMS or voice). */
public final class MessageSenderSpi extends SlsSpi {

    public static final String NAME = "sls-message-sender";

    public MessageSenderSpi() {
        super(NAME, MessageSender.class, MessageSenderFactory.class);
    }
}
