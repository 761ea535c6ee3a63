package dev.sls.dscplus.protocol.pskc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vendor files with PSK (HMAC-SHA1/SHA256) and password protection, and every way a file can be damaged. */
class PskcDamagedFilesTest {

    private static final byte[] PSK = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    private static final OcraSuite COUNTER_SUITE = OcraSuite.parse("OCRA-1:HOTP-SHA1-8:C-QN08");

    private static PskcWriter.Entry card(String serial, String keyId, OcraSuite suite) {
        byte[] seed = new byte[32];
        seed[0] = (byte) serial.hashCode();
        return new PskcWriter.Entry(serial, keyId, "Acme Cards", suite, seed);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String threeCards(PskcWriter writer) {
        return writer.add(card("DSC-1001", "k1", DscPlusSuites.DEFAULT))
                .add(card("DSC-1002", "k2", DscPlusSuites.DEFAULT_LOCAL_PIN))
                .add(card("DSC-1003", "k3", COUNTER_SUITE)).write();
    }

    @Test
    void preSharedKeyWithHmacSha256AndOcraSuitesFromTheFile() {
        PskcResult result = PskcReader.read(bytes(threeCards(PskcWriter.preShared(PSK, PskcWriter.HMAC_SHA256))),
                TransportKey.preShared(PSK));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("DSC1001", "DSC1002", "DSC1003"), result.cards().stream().map(PskcCard::serial).toList());
        assertEquals(List.of(DscPlusSuites.DEFAULT.toString(), DscPlusSuites.DEFAULT_LOCAL_PIN.toString(),
                COUNTER_SUITE.toString()), result.cards().stream().map(PskcCard::suite).toList());
        assertEquals(0L, result.cards().get(2).counter().orElseThrow());
        assertFalse(result.cards().get(0).counter().isPresent());
        assertArrayEquals(card("DSC-1002", "k2", DscPlusSuites.DEFAULT).secret(), result.cards().get(1).secret());
    }

    @Test
    void preSharedKeyWithHmacSha1AndPasswordBasedFiles() {
        assertTrue(PskcReader.read(bytes(threeCards(PskcWriter.preShared(PSK, PskcWriter.HMAC_SHA1))),
                TransportKey.preShared(PSK)).importable());
        PskcResult pbe = PskcReader.read(bytes(threeCards(PskcWriter.password("correct horse", 2000))),
                TransportKey.password("correct horse"));
        assertEquals(3, pbe.cards().size(), pbe::toString);
    }

    @Test
    void oneDamagedMacRefusesTheWholeFileNamingThatKeyPackage() {
        String xml = threeCards(PskcWriter.preShared(PSK, PskcWriter.HMAC_SHA256));
        int mac = xml.indexOf("<ValueMAC>", xml.indexOf("DSC-1002")) + "<ValueMAC>".length();
        String damaged = xml.substring(0, mac) + (xml.charAt(mac) == 'A' ? 'B' : 'A') + xml.substring(mac + 1);
        PskcResult result = PskcReader.read(bytes(damaged), TransportKey.preShared(PSK));
        assertEquals(List.of(), result.cards());
        assertEquals(1, result.problems().size(), result::toString);
        assertEquals(2, result.problems().get(0).keyPackage());
        assertEquals("k2", result.problems().get(0).keyId());
        assertTrue(result.problems().get(0).problem().contains("MAC does not match"));
    }

    @Test
    void everyBadKeyPackageIsNamed() {
        String xml = PskcWriter.plain().add(card("DSC-2001", "a", DscPlusSuites.DEFAULT))
                .add(card("DSC-2001", "b", DscPlusSuites.DEFAULT))
                .add(card("DSC-2003", "c", OcraSuite.parse("OCRA-1:HOTP-SHA1-6:QA08")))
                .add(card("no", "d", DscPlusSuites.DEFAULT)).write()
                .replace("#OCRA-1:HOTP-SHA256-8:QN08-PSHA1\">", "#OCRA-1:HOTP-SHA256-8:QN08-PSHA1\">")
                .replaceFirst("Id=\"a\" Algorithm=\"[^\"]+\"", "Id=\"a\" Algorithm=\"urn:example:unknown\"");
        PskcResult result = PskcReader.read(bytes(xml), TransportKey.none());
        assertFalse(result.importable());
        assertEquals(List.of(1, 3, 4), result.problems().stream().map(PskcProblem::keyPackage).toList(),
                result::toString);
        assertTrue(result.problems().get(0).problem().contains("unknown algorithm"));
        assertTrue(result.problems().get(1).problem().contains("numeric challenge"));
        assertTrue(result.problems().get(2).problem().contains("serial"));
    }

    @Test
    void aDuplicateSerialRefusesTheFile() {
        String xml = PskcWriter.plain().add(card("DSC-3001", "a", DscPlusSuites.DEFAULT))
                .add(card("DSC 3001", "b", DscPlusSuites.DEFAULT)).write();
        PskcResult result = PskcReader.read(bytes(xml), TransportKey.none());
        assertEquals(List.of(), result.cards());
        assertEquals(2, result.problems().get(0).keyPackage());
        assertTrue(result.problems().get(0).problem().contains("DSC3001"), result::toString);
    }

    @Test
    void brokenXmlWrongRootAndWrongVersionAreFileProblems() {
        for (String xml : List.of("<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\">",
                "<KeyContainer Version=\"1.0\"/>",
                "<KeyContainer Version=\"2.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"/>",
                "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"/>", "")) {
            PskcResult result = PskcReader.read(bytes(xml), TransportKey.none());
            assertFalse(result.importable(), xml);
            assertEquals(0, result.problems().get(0).keyPackage(), xml);
        }
    }
}
