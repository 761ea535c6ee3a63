package dev.sls.ibkey.push.sender;

import dev.sls.core.factory.SlsSpi;

/** Keycloak SPI {@value #NAME}: how the IB Key login step wakes the user's phone. */
public final class PushSenderSpi extends SlsSpi {

    public static final String NAME = "sls-push-sender";

    public PushSenderSpi() {
        super(NAME, PushSender.class, PushSenderFactory.class);
    }
}
