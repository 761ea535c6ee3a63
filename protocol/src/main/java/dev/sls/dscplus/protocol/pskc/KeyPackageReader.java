package dev.sls.dscplus.protocol.pskc;

import static dev.sls.dscplus.protocol.pskc.PskcXml.PSKC;

import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.protocol.CardSerial;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.w3c.dom.Element;

/** Reads one {@code KeyPackage}: a card, or the PIN key package another one points to (RFC 6030 §5.2). */
final class KeyPackageReader {

    static final String HOTP = PSKC + ":hotp";
    static final String PIN = PSKC + ":pin";
    /** Algorithm URIs of the PSKC algorithm profiles name the algorithm after '#', an OCRA suite in full. */
    static final String PROFILE_PREFIX = PSKC + "#";
    static final String OCRA_PREFIX = PROFILE_PREFIX + "OCRA-1";
    /** The OCRA algorithm URI card vendors write, with the suite in {@code <AlgorithmParameters><Suite>}. */
    static final String OCRA = PSKC + ":ocra";
    /** An OCRA or HOTP seed has 20 to 64 bytes; anything much longer is not a card's key. */
    static final int MAX_SECRET_BYTES = 128;
    private static final int SHORT_KEY_BYTES = 16;
    private static final int MAX_RESPONSE_DIGITS = 10;
    private static final int MAX_SUITE_CHARS = 64;
    /** The inventory's columns for the key Id and the manufacturer. */
    private static final int MAX_NAME_CHARS = 255;

    /** What one key package turned out to be. {@code card} is null for a PIN key package. */
    record Read(String keyId, PskcCard card, String pinKeyId, List<String> warnings) { }

    private final PskcEncryption encryption;

    KeyPackageReader(PskcEncryption encryption) {
        this.encryption = encryption;
    }

    /** @throws PskcException naming what is wrong with this key package */
    Read read(int position, Element keyPackage) {
        Element key = PskcXml.child(keyPackage, PSKC, "Key").orElseThrow(() -> new PskcException("no <Key>"));
        String keyId = PskcXml.attribute(key, "Id").orElseThrow(() -> new PskcException("the key has no Id"));
        if (keyId.length() > MAX_NAME_CHARS) {
            throw new PskcException("the key Id is longer than " + MAX_NAME_CHARS + " characters");
        }
        String algorithm = PskcXml.attribute(key, "Algorithm").orElse("");
        if (PIN.equals(algorithm)) {
            return new Read(keyId, null, null, List.of());
        }
        Optional<Element> policy = PskcXml.child(key, PSKC, "Policy");
        Optional<Element> pinPolicy = policy.flatMap(p -> PskcXml.child(p, PSKC, "PINPolicy"));
        Optional<String> pinMode = pinPolicy.flatMap(p -> PskcXml.attribute(p, "PINUsageMode"));
        OcraSuite suite = suite(key, algorithm, pinMode);
        byte[] secret = secret(key);
        try {
            return card(position, keyPackage, key, keyId, suite, secret);
        } finally {
            java.util.Arrays.fill(secret, (byte) 0);
        }
    }

    /** The card of a key package whose suite and secret are known: serial, manufacturer, validity, counter. */
    private static Read card(int position, Element keyPackage, Element key, String keyId, OcraSuite suite,
                             byte[] secret) {
        List<String> warnings = new ArrayList<>();
        String where = "key package " + position + " (" + keyId + ")";
        Optional<Element> policy = PskcXml.child(key, PSKC, "Policy");
        String pinKeyId = policy.flatMap(p -> PskcXml.child(p, PSKC, "PINPolicy"))
                .flatMap(p -> PskcXml.attribute(p, "PINKeyId")).orElse(null);
        if (secret.length < SHORT_KEY_BYTES) {
            warnings.add(where + ": the key has only " + secret.length + " bytes (RFC 4226 asks for at least 16)");
        }
        Optional<Element> device = PskcXml.child(keyPackage, PSKC, "DeviceInfo");
        Optional<String> serialText = device.flatMap(d -> PskcXml.childText(d, PSKC, "SerialNo"));
        if (serialText.isEmpty()) {
            warnings.add(where + ": no SerialNo; the key Id is taken as the card's serial");
        }
        String typedSerial = serialText.orElse(keyId);
        String serial = CardSerial.canonical(typedSerial).orElseThrow(() -> new PskcException("the serial '"
                + PskcXml.shortened(typedSerial) + "' is not 4 to 32 letters and digits"));
        Optional<Instant> from = policy.flatMap(p -> PskcXml.childText(p, PSKC, "StartDate")).map(KeyPackageReader::instant);
        Optional<Instant> until = policy.flatMap(p -> PskcXml.childText(p, PSKC, "ExpiryDate")).map(KeyPackageReader::instant);
        if (until.isPresent() && until.get().isBefore(Instant.now())) {
            warnings.add(where + ": the key expired on " + until.get() + "; the card cannot be activated");
        }
        Optional<String> manufacturer = device.flatMap(d -> PskcXml.childText(d, PSKC, "Manufacturer"));
        if (manufacturer.isPresent() && manufacturer.get().length() > MAX_NAME_CHARS) {
            throw new PskcException("the Manufacturer is longer than " + MAX_NAME_CHARS + " characters");
        }
        PskcCard card = new PskcCard(position, keyId, serial, manufacturer.orElse(null), suite.toString(), secret,
                suite.usesCounter() ? counter(key) : OptionalLong.empty(), from, until);
        return new Read(keyId, card, pinKeyId, warnings);
    }

    private static OcraSuite suite(Element key, String algorithm, Optional<String> pinMode) {
        Optional<Element> parameters = PskcXml.child(key, PSKC, "AlgorithmParameters");
        Optional<String> named = parameters.flatMap(p -> PskcXml.childText(p, PSKC, "Suite"));
        Optional<Element> response = parameters.flatMap(p -> PskcXml.child(p, PSKC, "ResponseFormat"));
        if (response.isPresent() && !"DECIMAL".equals(PskcXml.attribute(response.get(), "Encoding").orElse("DECIMAL"))) {
            throw new PskcException("only DECIMAL responses are supported");
        }
        Optional<Long> length = response.flatMap(r -> PskcXml.attribute(r, "Length")).map(text -> PskcValues.number(
                text, "the ResponseFormat Length", DscPlusSuites.MIN_RESPONSE_DIGITS, MAX_RESPONSE_DIGITS));
        OcraSuite suite;
        try {
            suite = DscPlusSuites.usable(suiteText(algorithm, named));
        } catch (IllegalArgumentException e) {
            throw new PskcException(e.getMessage());
        }
        if (length.isPresent() && length.get() != suite.digits()) {
            throw new PskcException("ResponseFormat Length " + length.get() + " does not fit suite " + suite);
        }
        checkPinMode(suite, pinMode);
        return suite;
    }

    /**
     * The OCRA suite of a key: in the algorithm URI ({@code …pskc#OCRA-1:…}, as the PSKC algorithm profiles write
     * it), or in {@code <Suite>} under the URI {@code …pskc:ocra} (what card vendors write) or {@code …pskc#OCRA-1}.
     * An RFC 6030 HOTP key carries one only if its vendor added an OCRA {@code <Suite>}.
     */
    private static String suiteText(String algorithm, Optional<String> named) {
        if (named.isPresent() && named.get().length() > MAX_SUITE_CHARS) {
            throw new PskcException("the <Suite> is longer than " + MAX_SUITE_CHARS + " characters: not an OCRA suite");
        }
        if (algorithm.startsWith(OCRA_PREFIX + ":")) {
            String inUri = algorithm.substring(PROFILE_PREFIX.length());
            if (named.isPresent() && !named.get().equals(inUri)) {
                throw new PskcException("the algorithm names suite " + PskcXml.shortened(inUri) + " but <Suite> says "
                        + PskcXml.shortened(named.get()));
            }
            return inUri;
        }
        if (OCRA.equals(algorithm) || OCRA_PREFIX.equals(algorithm)) {
            return named.orElseThrow(() -> new PskcException("an OCRA key without its <Suite>"));
        }
        if (HOTP.equals(algorithm)) {
            return named.filter(s -> s.startsWith("OCRA-1:")).orElseThrow(() -> new PskcException("an HOTP key"
                    + " (event-based one-time passwords) without an OCRA suite: a DSC+ card logs in by OCRA"
                    + " challenge/response (RFC 6287), which an HOTP token cannot answer, so it would never verify;"
                    + " ask the vendor for the card's OCRA suite (Algorithm " + OCRA + " with <Suite>)"));
        }
        throw new PskcException("unknown algorithm " + (algorithm.isEmpty() ? "(none)" : PskcXml.shortened(algorithm)));
    }

    private static void checkPinMode(OcraSuite suite, Optional<String> pinMode) {
        boolean pinInSuite = suite.pinHashAlgorithm().isPresent();
        switch (pinMode.orElse(pinInSuite ? "Algorithmic" : "Local")) {
            case "Algorithmic" -> {
                if (!pinInSuite) {
                    throw new PskcException("PINUsageMode Algorithmic, but suite " + suite + " takes no PIN");
                }
            }
            case "Local" -> {
                if (pinInSuite) {
                    throw new PskcException("PINUsageMode Local, but suite " + suite + " computes with the PIN");
                }
            }
            default -> throw new PskcException("PINUsageMode " + pinMode.get() + " is not supported (Local or"
                    + " Algorithmic)");
        }
    }

    private byte[] secret(Element key) {
        Element data = PskcXml.child(key, PSKC, "Data").orElseThrow(() -> new PskcException(
                PskcXml.child(key, PSKC, "KeyReference").isPresent()
                        ? "the key is derived from a master key the server does not hold (KeyReference): no secret"
                        : "the key has no Data"));
        Element secret = PskcXml.child(data, PSKC, "Secret").orElseThrow(() -> new PskcException(
                PskcXml.child(key, PSKC, "KeyReference").isPresent()
                        ? "the key is derived from a master key the server does not hold (KeyReference): no secret"
                        : "the key has no Secret"));
        Optional<String> plain = PskcXml.childText(secret, PSKC, "PlainValue");
        Optional<Element> encrypted = PskcXml.child(secret, PSKC, "EncryptedValue");
        if (plain.isPresent() == encrypted.isPresent()) {
            throw new PskcException("the Secret must have exactly one of PlainValue and EncryptedValue");
        }
        byte[] value = plain.isPresent() ? PskcValues.base64(plain.get(), "the PlainValue", MAX_SECRET_BYTES)
                : encryption.decryptChecked(encrypted.get(), PskcXml.childText(secret, PSKC, "ValueMAC"));
        if (value.length == 0) {
            throw new PskcException("the secret is empty");
        }
        if (value.length > MAX_SECRET_BYTES) {
            java.util.Arrays.fill(value, (byte) 0);
            throw new PskcException("the secret has " + value.length + " bytes; at most " + MAX_SECRET_BYTES
                    + " are accepted (an OCRA seed has 20 to 64)");
        }
        return value;
    }

    private static OptionalLong counter(Element key) {
        Optional<Element> counter = PskcXml.child(key, PSKC, "Data").flatMap(d -> PskcXml.child(d, PSKC, "Counter"));
        if (counter.isEmpty()) {
            return OptionalLong.of(0);
        }
        String text = PskcXml.childText(counter.get(), PSKC, "PlainValue")
                .orElseThrow(() -> new PskcException("only a PlainValue Counter is supported"));
        return OptionalLong.of(PskcValues.number(text, "the Counter", 0, Long.MAX_VALUE));
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new PskcException("'" + PskcXml.shortened(text) + "' is not a date and time");
            }
        }
    }
}
