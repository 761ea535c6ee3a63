package dev.sls.dscplus.simulator;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.core.pin.PinPolicy;
import dev.sls.core.pin.PinProfile;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Simulator of the DSC+ hardware card, as the seeds describe it: press the button until "PIN>", type the 4-digit
 * PIN and OK, then at "CHALLNG>" the 6-digit challenge from the login page and OK; the display shows the response.
 *
 * <p>With a suite that computes with the PIN (P, the pack's default) the card keeps no PIN: whatever is typed goes
 * into the OCRA computation, so a wrong PIN gives a wrong response that only the server can tell. With a suite
 * without P the card checks its own PIN (PSKC PINUsageMode "Local") and locks after {@link #MAX_PIN_TRIES} wrong
 * ones in a row. Suites with a counter move it on after every response, as the card does.
 */
public final class DscPlusCard {

    public static final int MAX_PIN_TRIES = 3;

    /** What the card's display shows after the holder pressed OK. */
    public sealed interface Display permits Response, WrongPin, Locked, BadChallenge, BadPin { }

    public record Response(String digits) implements Display { }

    /** A card that checks its own PIN refused the one typed. */
    public record WrongPin(int triesLeft) implements Display { }

    public record Locked() implements Display { }

    /** Not 6 digits at "CHALLNG>". */
    public record BadChallenge() implements Display { }

    /** Not 4 digits at "PIN>". */
    public record BadPin() implements Display { }

    private final String serial;
    private final OcraSuite suite;
    private final byte[] secret;
    private final byte[] localPin;
    private long counter;
    private int wrongPins;

    private DscPlusCard(String serial, OcraSuite suite, byte[] secret, String localPin, long counter) {
        this.serial = serial;
        this.suite = suite;
        this.secret = secret.clone();
        this.localPin = localPin == null ? null : localPin.getBytes(StandardCharsets.US_ASCII);
        this.counter = counter;
    }

    /** A card of the pack's default suite: the PIN is chosen by its holder at activation and never stored on it. */
    public static DscPlusCard provision(String serial, byte[] secret) {
        return provision(serial, DscPlusSuites.DEFAULT, secret, null, 0);
    }

    /**
     * A card as its vendor made it.
     *
     * @param localPin the PIN the card checks itself; required exactly when the suite takes no PIN
     * @param counter  the counter to start from, for suites with one
     */
    public static DscPlusCard provision(String serial, OcraSuite suite, byte[] secret, String localPin, long counter) {
        if (serial == null || serial.isBlank() || secret == null || secret.length == 0) {
            throw new IllegalArgumentException("a DSC+ card needs a serial and a seed");
        }
        DscPlusSuites.usable(suite.toString());
        boolean pinInSuite = suite.pinHashAlgorithm().isPresent();
        if (pinInSuite == (localPin != null)) {
            throw new IllegalArgumentException(pinInSuite ? "this suite computes with the PIN; the card keeps none"
                    : "a card that checks its own PIN needs one");
        }
        if (localPin != null && !PinPolicy.check(PinProfile.DSC_PLUS, localPin, List.of()).isEmpty()) {
            throw new IllegalArgumentException("the PIN does not follow the DSC+ PIN rules");
        }
        return new DscPlusCard(serial, suite, secret, localPin, counter);
    }

    public String serial() {
        return serial;
    }

    public OcraSuite suite() {
        return suite;
    }

    public Display respond(String typedPin, String challenge) {
        if (localPin != null && wrongPins >= MAX_PIN_TRIES) {
            return new Locked();
        }
        if (typedPin == null || !typedPin.matches("\\d{4}")) {
            return new BadPin();
        }
        if (localPin != null && !MessageDigest.isEqual(typedPin.getBytes(StandardCharsets.US_ASCII), localPin)) {
            wrongPins++;
            return wrongPins >= MAX_PIN_TRIES ? new Locked() : new WrongPin(MAX_PIN_TRIES - wrongPins);
        }
        wrongPins = 0;
        if (challenge == null || !challenge.matches("\\d{" + DscPlusSuites.CHALLENGE_DIGITS + "}")) {
            return new BadChallenge();
        }
        OcraInput.Builder input = OcraInput.builder().challenge(challenge);
        if (suite.pinHashAlgorithm().isPresent()) {
            input.pin(typedPin);
        }
        if (suite.usesCounter()) {
            input.counter(counter++);
        }
        return new Response(Ocra.generate(suite, secret, input.build()));
    }

    @Override
    public String toString() {
        return "DscPlusCard[" + serial + "]";
    }
}
