package dev.sls.dscplus.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DscPlusCardTest {

    private static final byte[] KEY32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

    private static String digits(DscPlusCard.Display display) {
        return assertInstanceOf(DscPlusCard.Response.class, display).digits();
    }

    /** RFC 6287 C.1 (QN08-PSHA1, Key32, PIN 1234): Q "00000000" is the number 0, as the 6-digit "000000" is. */
    @Test
    void theCardGivesTheRfc6287VectorAndWhatTheServerChecks() {
        DscPlusCard card = DscPlusCard.provision("DSC-0001", KEY32);
        assertEquals("83238735", digits(card.respond("1234", "000000")));
        String response = digits(card.respond("7391", "482913"));
        OcraInput server = OcraInput.builder().challenge("482913").pin("7391").build();
        assertTrue(Ocra.verify(DscPlusSuites.DEFAULT, KEY32, server, response));
    }

    @Test
    void aWrongPinGivesAWrongResponseTheCardCannotTellApart() {
        DscPlusCard card = DscPlusCard.provision("DSC-0002", KEY32);
        String right = digits(card.respond("7391", "482913"));
        String wrongPin = digits(card.respond("7392", "482913"));
        assertNotEquals(right, wrongPin);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(DscPlusCard.Response.class, card.respond("0000", "482913"), "such a card never locks");
        }
    }

    @Test
    void aCardThatChecksItsOwnPinLocksAfterThreeWrongOnes() {
        DscPlusCard card = DscPlusCard.provision("DSC-0003", DscPlusSuites.DEFAULT_LOCAL_PIN, KEY32, "7391", 0);
        assertEquals(new DscPlusCard.WrongPin(2), card.respond("0000", "482913"));
        assertInstanceOf(DscPlusCard.Response.class, card.respond("7391", "482913"), "a right PIN resets the count");
        assertEquals(new DscPlusCard.WrongPin(2), card.respond("1111", "482913"));
        assertEquals(new DscPlusCard.WrongPin(1), card.respond("2222", "482913"));
        assertEquals(new DscPlusCard.Locked(), card.respond("3333", "482913"));
        assertEquals(new DscPlusCard.Locked(), card.respond("7391", "482913"), "locked even with the right PIN");
    }

    @Test
    void aCounterCardMovesItsCounterOn() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:C-QN08");
        DscPlusCard card = DscPlusCard.provision("DSC-0004", suite, KEY32, "7391", 5);
        String first = digits(card.respond("7391", "123456"));
        assertTrue(Ocra.verify(suite, KEY32, OcraInput.builder().counter(5).challenge("123456").build(), first));
        assertNotEquals(first, digits(card.respond("7391", "123456")));
    }

    @Test
    void onlyFourDigitPinsAndSixDigitChallengesAreTaken() {
        DscPlusCard card = DscPlusCard.provision("DSC-0005", KEY32);
        for (String bad : new String[] {null, "", "48291", "4829130", "48291a"}) {
            assertEquals(new DscPlusCard.BadChallenge(), card.respond("7391", bad), String.valueOf(bad));
        }
        assertEquals(new DscPlusCard.BadPin(), card.respond("739", "482913"));
        assertEquals(new DscPlusCard.BadPin(), card.respond(null, "482913"));
    }

    @Test
    void provisioningChecksTheSuiteAndWhereThePinLives() {
        assertThrows(IllegalArgumentException.class,
                () -> DscPlusCard.provision("DSC-6", DscPlusSuites.DEFAULT, KEY32, "7391", 0));
        assertThrows(IllegalArgumentException.class,
                () -> DscPlusCard.provision("DSC-6", DscPlusSuites.DEFAULT_LOCAL_PIN, KEY32, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> DscPlusCard.provision("DSC-6", DscPlusSuites.DEFAULT_LOCAL_PIN, KEY32, "1234", 0));
        assertThrows(IllegalArgumentException.class,
                () -> DscPlusCard.provision("DSC-6", OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QA08"), KEY32, "7391", 0));
        assertFalse(DscPlusCard.provision("DSC-6", DscPlusSuites.DEFAULT_LOCAL_PIN, KEY32, "7391", 0).toString()
                .contains("7391"));
    }
}
