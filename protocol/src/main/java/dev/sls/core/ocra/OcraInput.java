package dev.sls.core.ocra;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The values of one OCRA computation: counter C, challenge Q, PIN P, session information S and
 * timestamp T. Which of them must be present, and in what form, is decided by the {@link OcraSuite};
 * {@link Ocra} checks the match and says what is missing or superfluous.
 *
 * <p>Holds secrets (PIN, challenge, session information): {@link #toString()} shows only which
 * inputs are present, never their values.
 */
public final class OcraInput {

    private final OptionalLong counter;
    private final List<String> challenges;
    private final String pin;
    private final byte[] pinHash;
    private final byte[] sessionInfo;
    private final OptionalLong timeSteps;

    private OcraInput(Builder builder) {
        this.counter = builder.counter;
        this.challenges = builder.challenges;
        this.pin = builder.pin;
        this.pinHash = builder.pinHash;
        this.sessionInfo = builder.sessionInfo;
        this.timeSteps = builder.timeSteps;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Shortcut for the common case: a challenge and nothing else. */
    public static OcraInput ofChallenge(String challenge) {
        return builder().challenge(challenge).build();
    }

    OptionalLong counter() {
        return counter;
    }

    /** One challenge, or two for mutual challenge-response; empty if none was given. */
    List<String> challenges() {
        return challenges;
    }

    Optional<String> pin() {
        return Optional.ofNullable(pin);
    }

    Optional<byte[]> pinHash() {
        return Optional.ofNullable(pinHash).map(byte[]::clone);
    }

    Optional<byte[]> sessionInfo() {
        return Optional.ofNullable(sessionInfo).map(byte[]::clone);
    }

    OptionalLong timeSteps() {
        return timeSteps;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("OcraInput[");
        counter.ifPresent(c -> s.append("counter=").append(c).append(", "));
        s.append("challenges=").append(challenges.size());
        if (pin != null || pinHash != null) {
            s.append(", pin=present");
        }
        if (sessionInfo != null) {
            s.append(", sessionInfo=").append(sessionInfo.length).append(" bytes");
        }
        timeSteps.ifPresent(t -> s.append(", timeSteps=").append(t));
        return s.append(']').toString();
    }

    /** Collects the inputs. The challenge and the PIN (in either form) can each be given once. */
    public static final class Builder {

        private OptionalLong counter = OptionalLong.empty();
        private List<String> challenges = List.of();
        private String pin;
        private byte[] pinHash;
        private byte[] sessionInfo;
        private OptionalLong timeSteps = OptionalLong.empty();

        private Builder() {
        }

        /** The counter C, for suites with {@code C}. */
        public Builder counter(long counter) {
            if (counter < 0) {
                throw new IllegalArgumentException("counter must not be negative");
            }
            this.counter = OptionalLong.of(counter);
            return this;
        }

        /** The challenge Q, written in the suite's challenge format. */
        public Builder challenge(String challenge) {
            requireNoChallenge();
            this.challenges = List.of(requireValue(challenge, "challenge"));
            return this;
        }

        /**
         * The two challenges of mutual challenge-response (RFC 6287 §7.3), each within the suite's
         * maximum length; Q is their concatenation. The server answers over (client's, server's), the
         * client over (server's, client's).
         */
        public Builder mutualChallenges(String first, String second) {
            requireNoChallenge();
            this.challenges = List.of(requireValue(first, "first challenge"), requireValue(second, "second challenge"));
            return this;
        }

        /** The PIN in clear, for suites with {@code PH}; it is hashed (UTF-8) with the suite's PIN hash. */
        public Builder pin(String pin) {
            requireNoPin();
            this.pin = requireValue(pin, "PIN");
            return this;
        }

        /** The PIN already hashed with the suite's PIN hash (as a server may store it). */
        public Builder pinHash(byte[] pinHash) {
            requireNoPin();
            this.pinHash = requireValue(pinHash, "PIN hash").clone();
            return this;
        }

        /** The session information S, exactly as many bytes as the suite's {@code Snnn}. */
        public Builder sessionInfo(byte[] sessionInfo) {
            this.sessionInfo = requireValue(sessionInfo, "session information").clone();
            return this;
        }

        /** The session information S as a string, encoded in UTF-8. */
        public Builder sessionInfo(String sessionInfo) {
            return sessionInfo(requireValue(sessionInfo, "session information").getBytes(StandardCharsets.UTF_8));
        }

        /** The timestamp T, in time steps since the epoch; see {@link OcraSuite#timeStepsAt}. */
        public Builder timeSteps(long timeSteps) {
            if (timeSteps < 0) {
                throw new IllegalArgumentException("time steps must not be negative");
            }
            this.timeSteps = OptionalLong.of(timeSteps);
            return this;
        }

        public OcraInput build() {
            return new OcraInput(this);
        }

        private void requireNoChallenge() {
            if (!challenges.isEmpty()) {
                throw new IllegalStateException("the challenge is already set");
            }
        }

        private void requireNoPin() {
            if (pin != null || pinHash != null) {
                throw new IllegalStateException("give either a PIN or a PIN hash, once");
            }
        }

        private static <T> T requireValue(T value, String name) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }
    }
}
