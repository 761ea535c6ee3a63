package dev.sls.dscplus.protocol.pskc;

import static dev.sls.dscplus.protocol.pskc.PskcHostileValuesTest.SEED;
import static dev.sls.dscplus.protocol.pskc.PskcHostileValuesTest.container;
import static dev.sls.dscplus.protocol.pskc.PskcHostileValuesTest.keyPackage;
import static dev.sls.dscplus.protocol.pskc.PskcHostileValuesTest.onlyProblem;
import static dev.sls.dscplus.protocol.pskc.PskcHostileValuesTest.plainSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.dscplus.protocol.DscPlusSuites;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which key algorithms and ciphers a vendor file may use, and that a refusal names what is really wrong: the OCRA
 * forms card vendors write, HOTP keys (which a DSC+ login cannot verify), ciphers and key wrap the reader lacks.
 */
class PskcAlgorithmsTest {

    private static final String OCRA_URI = "urn:ietf:params:xml:ns:keyprov:pskc:ocra";
    private static final byte[] PSK = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    private static String parameters(String suite, int length) {
        return "<AlgorithmParameters><Suite>" + suite + "</Suite><ResponseFormat Length=\"" + length
                + "\" Encoding=\"DECIMAL\"/></AlgorithmParameters>";
    }

    private static PskcResult read(String algorithm, String parameters, String data) {
        return PskcReader.read(container(keyPackage("NagraID Security", "306EUO4-00960", algorithm, parameters, data)),
                TransportKey.none());
    }

    @Test
    void theOcraAlgorithmUriWithItsSuiteIsKeptWithItsCounter() {
        PskcResult result = read(OCRA_URI, parameters("OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1", 6),
                plainSecret(SEED) + "<Counter><PlainValue>7</PlainValue></Counter>");
        assertEquals(List.of(), result.problems());
        PskcCard card = result.cards().get(0);
        assertEquals("OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1", card.suite());
        assertEquals(7L, card.counter().orElseThrow());
        assertEquals("306EUO400960", card.serial());
        assertEquals("NagraID Security", card.manufacturer());

        PskcResult profile = read("urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1",
                parameters("OCRA-1:HOTP-SHA256-8:QN08", 8), plainSecret(SEED));
        assertEquals("OCRA-1:HOTP-SHA256-8:QN08", profile.cards().get(0).suite(), profile::toString);
    }

    @Test
    void anOcraKeyWithoutOrWithABadOrAConflictingSuiteIsRefused() {
        assertEquals("an OCRA key without its <Suite>", onlyProblem(read(OCRA_URI, "", plainSecret(SEED))));
        String problem = onlyProblem(read(OCRA_URI, parameters("OCRA-1:HOTP-MD5-6:QN08", 6), plainSecret(SEED)));
        assertTrue(problem.contains("OCRA-1:HOTP-MD5-6:QN08"), problem);
        problem = onlyProblem(read(OCRA_URI, parameters("OCRA-1:HOTP-SHA1-6:QA08", 6), plainSecret(SEED)));
        assertTrue(problem.contains("numeric challenge"), problem);
        problem = onlyProblem(read("urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1:HOTP-SHA1-6:QN08",
                parameters("OCRA-1:HOTP-SHA256-6:QN08", 6), plainSecret(SEED)));
        assertEquals("the algorithm names suite OCRA-1:HOTP-SHA1-6:QN08 but <Suite> says OCRA-1:HOTP-SHA256-6:QN08",
                problem);
        problem = onlyProblem(read("urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1x", "", plainSecret(SEED)));
        assertTrue(problem.startsWith("unknown algorithm"), problem);
    }

    @Test
    void anHotpKeyWithoutAnOcraSuiteIsRefusedBecauseItCouldNeverLogIn() {
        PskcResult result = PskcReader.read(Rfc6030ExamplesTest.file("rfc6030-figure3.xml"), TransportKey.none());
        String problem = onlyProblem(result);
        assertEquals(1, result.problems().get(0).keyPackage());
        assertTrue(problem.startsWith("an HOTP key (event-based one-time passwords) without an OCRA suite"), problem);
        assertTrue(problem.contains("OCRA challenge/response"), problem);
        problem = onlyProblem(read(KeyPackageReader.HOTP, parameters("HOTP-SHA1-6", 6), plainSecret(SEED)));
        assertTrue(problem.startsWith("an HOTP key"), problem);
        PskcResult withSuite = read(KeyPackageReader.HOTP, parameters("OCRA-1:HOTP-SHA1-6:QN08-PSHA1", 6),
                plainSecret(SEED));
        assertEquals("OCRA-1:HOTP-SHA1-6:QN08-PSHA1", withSuite.cards().get(0).suite(), withSuite::toString);
    }

    private static String encryptedFile(String cipherUri, boolean withMac) {
        String file = PskcWriter.preShared(PSK, PskcWriter.HMAC_SHA256)
                .add(new PskcWriter.Entry("DSC1001", "k1", "Acme", DscPlusSuites.DEFAULT, new byte[20])).write()
                .replace("http://www.w3.org/2001/04/xmlenc#aes128-cbc", cipherUri);
        return withMac ? file : file.replaceAll("<MACMethod.*?</MACMethod>", "").replaceAll("<ValueMAC>.*?</ValueMAC>", "");
    }

    @Test
    void anUnsupportedCipherIsNamedAndNotBlamedOnTheKey() {
        String gcm = "http://www.w3.org/2009/xmlenc11#aes128-gcm";
        PskcResult result = PskcReader.read(encryptedFile(gcm, true).getBytes(StandardCharsets.UTF_8),
                TransportKey.preShared(PSK));
        String problem = onlyProblem(result);
        assertEquals("unsupported cipher " + gcm + " (AES-128, AES-192 or AES-256 in CBC mode are)", problem);
        assertFalse(problem.contains("password") || problem.contains("wrong"), problem);
    }

    @Test
    void aKeyWrapFileSaysKeyWrapIsNotSupportedRatherThanMissingMac() {
        String kw = "http://www.w3.org/2001/04/xmlenc#kw-aes128";
        String problem = onlyProblem(PskcReader.read(encryptedFile(kw, false).getBytes(StandardCharsets.UTF_8),
                TransportKey.preShared(PSK)));
        assertTrue(problem.startsWith("key wrap (" + kw + ") is not supported"), problem);
        assertFalse(problem.contains("without a MAC"), problem);
    }

    @Test
    void anEncryptedSecretOfMoreThan128BytesIsRefused() {
        String file = PskcWriter.preShared(PSK, PskcWriter.HMAC_SHA256)
                .add(new PskcWriter.Entry("DSC1001", "k1", "Acme", DscPlusSuites.DEFAULT, new byte[129])).write();
        assertEquals("the secret has 129 bytes; at most 128 are accepted (an OCRA seed has 20 to 64)",
                onlyProblem(PskcReader.read(file.getBytes(StandardCharsets.UTF_8), TransportKey.preShared(PSK))));
        String huge = file.replaceFirst("(<Secret><EncryptedValue>.*?<xenc:CipherValue>)",
                "$1" + Base64.getEncoder().encodeToString(new byte[4096]));
        String problem = onlyProblem(PskcReader.read(huge.getBytes(StandardCharsets.UTF_8), TransportKey.preShared(PSK)));
        assertTrue(problem.startsWith("the CipherValue is too long"), problem);
    }
}
