package dev.sls.ibkey.activation;

import dev.sls.ibkey.protocol.ActivationCode;

/** An activation code shown to a user, with the watch its page waits on. {@code expiresAt} is epoch seconds. */
public record IssuedActivation(ActivationCode code, String watchId, long expiresAt) {
}
