package dev.sls.ibkey.app;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** The device key pair with the phone's clock and a nonce source: everything a signed request needs. */
final class DeviceSigner {

    static final int NONCE_BYTES = 24;

    private final KeyPair keys;
    private final SecureRandom random = new SecureRandom();
    private Clock clock;

    DeviceSigner(KeyPair keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    KeyPair keys() {
        return keys;
    }

    String publicKey() {
        return DeviceKeys.encodePublic(keys.getPublic());
    }

    Clock clock() {
        return clock;
    }

    void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The phone's time, whole seconds: what goes on the wire. */
    Instant now() {
        return Instant.ofEpochSecond(clock.instant().getEpochSecond());
    }

    /** 24 random bytes, Base64url without padding (32 characters). */
    String nonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String sign(DeviceMessage message) {
        return DeviceSignatures.sign(keys.getPrivate(), message);
    }
}
