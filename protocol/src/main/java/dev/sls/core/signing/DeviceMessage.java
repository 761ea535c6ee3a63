package dev.sls.core.signing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a device signs when it changes state on the server (activate, approve, deny...). Its
 * canonical form is plain text, one {@code name=value} line per field after a version line, in a
 * fixed order: action, realm, device, challenge, nonce, decision, time, then any extra fields
 * (number picked, amount shown...) sorted by name. Values may not contain line breaks, so no two
 * different messages share a canonical form.
 */
public final class DeviceMessage {

    static final String VERSION_LINE = "SLS-DEVICE-MESSAGE-1";
    private static final int MAX_VALUE_LENGTH = 512;

    private final String action;
    private final String realm;
    private final String deviceHandle;
    private final String challengeId;
    private final String nonce;
    private final String decision;
    private final Instant time;
    private final Map<String, String> extras;

    private DeviceMessage(Builder b) {
        this.action = required("action", b.action);
        this.realm = required("realm", b.realm);
        this.deviceHandle = required("device", b.deviceHandle);
        this.challengeId = required("challenge", b.challengeId);
        this.nonce = required("nonce", b.nonce);
        this.decision = required("decision", b.decision);
        this.time = Objects.requireNonNull(b.time, "time");
        this.extras = Collections.unmodifiableMap(new TreeMap<>(b.extras));
    }

    public static Builder builder() {
        return new Builder();
    }

    public byte[] canonicalBytes() {
        StringBuilder text = new StringBuilder(VERSION_LINE).append('\n');
        line(text, "action", action);
        line(text, "realm", realm);
        line(text, "device", deviceHandle);
        line(text, "challenge", challengeId);
        line(text, "nonce", nonce);
        line(text, "decision", decision);
        line(text, "time", Long.toString(time.getEpochSecond()));
        extras.forEach((name, value) -> line(text, "x-" + name, value));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The message whose canonical form is exactly {@code canonical} (as kept in a receipt), so a kept message can be
     * shown field by field and checked again.
     *
     * @throws IllegalArgumentException when the text is not the canonical form of any message
     */
    public static DeviceMessage parse(String canonical) {
        if (canonical == null || !canonical.endsWith("\n")) {
            throw new IllegalArgumentException("not a canonical device message");
        }
        String[] lines = canonical.substring(0, canonical.length() - 1).split("\n", -1);
        String[] fixed = {"action", "realm", "device", "challenge", "nonce", "decision", "time"};
        if (lines.length < fixed.length + 1 || !VERSION_LINE.equals(lines[0])) {
            throw new IllegalArgumentException("not a canonical device message");
        }
        String[] values = new String[fixed.length];
        for (int i = 0; i < fixed.length; i++) {
            values[i] = value(lines[i + 1], fixed[i]);
        }
        Builder builder = builder().action(values[0]).realm(values[1]).deviceHandle(values[2]).challengeId(values[3])
                .nonce(values[4]).decision(values[5]);
        try {
            builder.time(Instant.ofEpochSecond(Long.parseLong(values[6])));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("device message time is not a number");
        }
        for (int i = fixed.length + 1; i < lines.length; i++) {
            int equals = lines[i].indexOf('=');
            if (!lines[i].startsWith("x-") || equals < 0) {
                throw new IllegalArgumentException("device message line " + i + " is malformed");
            }
            builder.extra(lines[i].substring(2, equals), lines[i].substring(equals + 1));
        }
        DeviceMessage message = builder.build();
        if (!new String(message.canonicalBytes(), StandardCharsets.UTF_8).equals(canonical)) {
            throw new IllegalArgumentException("not a canonical device message");
        }
        return message;
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + "=")) {
            throw new IllegalArgumentException("device message field '" + name + "' is missing");
        }
        return line.substring(name.length() + 1);
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(value).append('\n');
    }

    private static String required(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("device message field '" + name + "' is missing");
        }
        return checked(name, value);
    }

    private static String checked(String name, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("device message field '" + name + "' is too long");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("device message field '" + name + "' has a control character");
            }
        }
        return value;
    }

    public String action() {
        return action;
    }

    public String realm() {
        return realm;
    }

    public String deviceHandle() {
        return deviceHandle;
    }

    public String challengeId() {
        return challengeId;
    }

    public String nonce() {
        return nonce;
    }

    public String decision() {
        return decision;
    }

    public Instant time() {
        return time;
    }

    public Map<String, String> extras() {
        return extras;
    }

    public static final class Builder {
        private String action;
        private String realm;
        private String deviceHandle;
        private String challengeId;
        private String nonce;
        private String decision;
        private Instant time;
        private final Map<String, String> extras = new TreeMap<>();

        private Builder() {
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder realm(String realm) {
            this.realm = realm;
            return this;
        }

        public Builder deviceHandle(String deviceHandle) {
            this.deviceHandle = deviceHandle;
            return this;
        }

        public Builder challengeId(String challengeId) {
            this.challengeId = challengeId;
            return this;
        }

        public Builder nonce(String nonce) {
            this.nonce = nonce;
            return this;
        }

        public Builder decision(String decision) {
            this.decision = decision;
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /** An extra signed field; names are lower-case letters, digits and dashes. */
        public Builder extra(String name, String value) {
            if (name == null || !name.matches("[a-z0-9-]{1,32}")) {
                throw new IllegalArgumentException("device message extra field name is malformed");
            }
            extras.put(name, checked("x-" + name, Objects.requireNonNull(value, "value")));
            return this;
        }

        public DeviceMessage build() {
            return new DeviceMessage(this);
        }
    }
}
