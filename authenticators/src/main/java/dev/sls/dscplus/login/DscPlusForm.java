package dev.sls.dscplus.login;

/**
 * What the DSC+ templates show ({@code slsDscPlus} in FreeMarker): the challenge, the card, how many digits the
 * response has, whether the PIN enters the computation, and the simulator's command where the realm asks for it.
 */
public final class DscPlusForm {

    public static final String ATTRIBUTE = "slsDscPlus";
    public static final String RESPONSE_FIELD = "sls-response";

    private final String challenge;
    private final String serial;
    private final int responseDigits;
    private final boolean pinInComputation;
    private final String referenceCommand;
    private final boolean blocked;

    public DscPlusForm(String challenge, String serial, int responseDigits, boolean pinInComputation,
                       String referenceCommand, boolean blocked) {
        this.challenge = challenge;
        this.serial = serial;
        this.responseDigits = responseDigits;
        this.pinInComputation = pinInComputation;
        this.referenceCommand = referenceCommand;
        this.blocked = blocked;
    }

    /** The serial as printed, with only its last four characters shown on screen. */
    public static String maskedSerial(String serial) {
        return serial.length() <= 4 ? serial : "…" + serial.substring(serial.length() - 4);
    }

    public String getChallenge() {
        return challenge;
    }

    public String getSerial() {
        return serial;
    }

    public int getResponseDigits() {
        return responseDigits;
    }

    public boolean isPinInComputation() {
        return pinInComputation;
    }

    public String getReferenceCommand() {
        return referenceCommand;
    }

    public boolean isBlocked() {
        return blocked;
    }
}
