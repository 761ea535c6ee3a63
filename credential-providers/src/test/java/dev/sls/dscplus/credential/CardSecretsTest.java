package dev.sls.dscplus.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CardSecretsTest {

    private static final byte[] SEED = "12345678901234567890123456789012".getBytes();

    @Test
    void rfc6287VectorWithThePinHashAsTheServerKeepsIt() {
        byte[] pinHash = CardSecrets.pinHash(DscPlusSuites.DEFAULT, "1234");
        assertEquals(OptionalLong.of(0), CardSecrets.match(DscPlusSuites.DEFAULT, SEED, pinHash, 0, "00000000", "83238735"));
        assertEquals(OptionalLong.empty(), CardSecrets.match(DscPlusSuites.DEFAULT, SEED, pinHash, 0, "00000000", "83238736"));
        assertEquals(OptionalLong.empty(), CardSecrets.match(DscPlusSuites.DEFAULT, SEED,
                CardSecrets.pinHash(DscPlusSuites.DEFAULT, "1235"), 0, "00000000", "83238735"), "wrong PIN");
        for (String malformed : new String[] {null, "", "8323873", "832387350", "8323873a"}) {
            assertTrue(CardSecrets.match(DscPlusSuites.DEFAULT, SEED, pinHash, 0, "00000000", malformed).isEmpty());
        }
    }

    @Test
    void counterCardsAreFoundWithinTheLookAhead() {
        OcraSuite suite = OcraSuite.parse("OCRA-1:HOTP-SHA512-8:C-QN08");
        String ahead = Ocra.generate(suite, SEED, OcraInput.builder().counter(7 + CardSecrets.LOOK_AHEAD).challenge("123456").build());
        assertEquals(OptionalLong.of(17), CardSecrets.match(suite, SEED, null, 7, "123456", ahead));
        String tooFar = Ocra.generate(suite, SEED, OcraInput.builder().counter(8 + CardSecrets.LOOK_AHEAD).challenge("123456").build());
        assertTrue(CardSecrets.match(suite, SEED, null, 7, "123456", tooFar).isEmpty());
    }
}
