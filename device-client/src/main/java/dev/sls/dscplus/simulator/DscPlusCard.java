package dev.sls.dscplus.simulator;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.core.pin.PinPolicy;
import dev.sls.core.pin.PinProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Simulator of the DSC+ hardware card: the holder types the card's 4-digit PIN, then the 6-digit
 * challenge shown on the login page, and reads an 8-digit response (OCRA, {@link #SUITE}). The card
 * checks the PIN itself and locks after {@link #MAX_PIN_TRIES} wrong PINs in a row, like the device.
 */
public final class DscPlusCard {

    public static final OcraSuite SUITE = OcraSuite.parse("OCRA-1:HOTP-SHA256-8:QN06");
    public static final int MAX_PIN_TRIES = 3;

    /** What the card's display shows after the holder pressed the button. */
    public sealed interface Display permits Response, WrongPin, Locked, BadChallenge { }

    public record Response(String digits) implements Display { }

    public record WrongPin(int triesLeft) implements Display { }

    public record Locked() implements Display { }

    public record BadChallenge() implements Display { }

    private final String serial;
    private final byte[] secret;
    private final byte[] pin;
    private int wrongPins;

    private DscPlusCard(String serial, byte[] secret, String pin) {
        this.serial = serial;
        this.secret = secret.clone();
        this.pin = pin.getBytes(StandardCharsets.US_ASCII);
    }

    /** A card as it leaves provisioning: its serial, its OCRA seed and the PIN its holder chose. */
    public static DscPlusCard provision(String serial, byte[] secret, String pin) {
        if (serial == null || serial.isBlank() || secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a DSC+ card needs a serial and a seed of at least 16 bytes");
        }
        if (!PinPolicy.check(PinProfile.DSC_PLUS, pin, List.of()).isEmpty()) {
            throw new IllegalArgumentException("the PIN does not follow the DSC+ PIN rules");
        }
        return new DscPlusCard(serial, secret, pin);
    }

    public String serial() {
        return serial;
    }

    public Display respond(String typedPin, String challenge) {
        if (wrongPins >= MAX_PIN_TRIES) {
            return new Locked();
        }
        byte[] typed = typedPin == null ? new byte[0] : typedPin.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(typed, pin)) {
            wrongPins++;
            return wrongPins >= MAX_PIN_TRIES ? new Locked() : new WrongPin(MAX_PIN_TRIES - wrongPins);
        }
        wrongPins = 0;
        if (challenge == null || !challenge.matches("\\d{6}")) {
            return new BadChallenge();
        }
        return new Response(Ocra.generate(SUITE, secret, OcraInput.ofChallenge(challenge)));
    }

    @Override
    public String toString() {
        return "DscPlusCard[" + serial + "]";
    }
}
