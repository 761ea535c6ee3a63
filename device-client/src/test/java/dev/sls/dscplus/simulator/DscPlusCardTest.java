package dev.sls.dscplus.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DscPlusCardTest {

    private static final byte[] SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rightPinAndChallengeGiveTheOcraResponseTheServerChecks() {
        DscPlusCard card = DscPlusCard.provision("DSC-0001", SEED, "7391");
        DscPlusCard.Display display = card.respond("7391", "482913");
        String digits = assertInstanceOf(DscPlusCard.Response.class, display).digits();
        assertTrue(digits.matches("\\d{8}"), digits);
        assertTrue(Ocra.verify(DscPlusCard.SUITE, SEED, OcraInput.ofChallenge("482913"), digits));
        assertFalse(Ocra.verify(DscPlusCard.SUITE, SEED, OcraInput.ofChallenge("482914"), digits));
    }

    @Test
    void threeWrongPinsLockTheCard() {
        DscPlusCard card = DscPlusCard.provision("DSC-0002", SEED, "7391");
        assertEquals(new DscPlusCard.WrongPin(2), card.respond("0000", "482913"));
        assertInstanceOf(DscPlusCard.Response.class, card.respond("7391", "482913"), "a right PIN resets the count");
        assertEquals(new DscPlusCard.WrongPin(2), card.respond("1111", "482913"));
        assertEquals(new DscPlusCard.WrongPin(1), card.respond(null, "482913"));
        assertEquals(new DscPlusCard.Locked(), card.respond("2222", "482913"));
        assertEquals(new DscPlusCard.Locked(), card.respond("7391", "482913"), "locked even with the right PIN");
    }

    @Test
    void onlySixDigitChallengesAreAccepted() {
        DscPlusCard card = DscPlusCard.provision("DSC-0003", SEED, "7391");
        for (String bad : new String[] {null, "", "48291", "4829130", "48291a"}) {
            assertEquals(new DscPlusCard.BadChallenge(), card.respond("7391", bad), String.valueOf(bad));
        }
    }

    @Test
    void provisioningEnforcesThePinRulesAndASeed() {
        assertThrows(IllegalArgumentException.class, () -> DscPlusCard.provision("DSC-4", SEED, "1234"));
        assertThrows(IllegalArgumentException.class, () -> DscPlusCard.provision("DSC-4", SEED, "73910"));
        assertThrows(IllegalArgumentException.class, () -> DscPlusCard.provision("DSC-4", new byte[8], "7391"));
        assertThrows(IllegalArgumentException.class, () -> DscPlusCard.provision(" ", SEED, "7391"));
        assertFalse(DscPlusCard.provision("DSC-4", SEED, "7391").toString().contains("7391"));
    }
}
