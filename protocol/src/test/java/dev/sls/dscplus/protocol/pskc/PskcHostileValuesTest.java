package dev.sls.dscplus.protocol.pskc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values an independent PSKC implementation found mishandled: deep nesting, elements inside text, sloppy Base64,
 * numbers beyond a long, oversized secrets, an empty PBKDF2 salt. Each is refused with what is really wrong.
 */
class PskcHostileValuesTest {

    static final String OCRA = "urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1:HOTP-SHA256-8:QN08-PSHA1";
    static final String SEED = Base64.getEncoder().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    static byte[] container(String inside) {
        return ("<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\">"
                + inside + "</KeyContainer>").getBytes(StandardCharsets.UTF_8);
    }

    static String keyPackage(String manufacturer, String serial, String algorithm, String parameters, String data) {
        return "<KeyPackage><DeviceInfo><Manufacturer>" + manufacturer + "</Manufacturer><SerialNo>" + serial
                + "</SerialNo></DeviceInfo><Key Id=\"k1\" Algorithm=\"" + algorithm + "\">" + parameters + "<Data>"
                + data + "</Data></Key></KeyPackage>";
    }

    static String plainSecret(String base64) {
        return "<Secret><PlainValue>" + base64 + "</PlainValue></Secret>";
    }

    private static PskcResult readPlain(String base64) {
        return PskcReader.read(container(keyPackage("Acme", "DSC1001", OCRA, "", plainSecret(base64))), TransportKey.none());
    }

    static String onlyProblem(PskcResult result) {
        assertEquals(List.of(), result.cards(), result::toString);
        assertEquals(1, result.problems().size(), result::toString);
        return result.problems().get(0).problem();
    }

    private static String nested(int depth) {
        return "<x>".repeat(depth) + "1001" + "</x>".repeat(depth);
    }

    @Test
    void tenThousandNestedElementsInSerialNoOrManufacturerAreRefusedForTheirDepth() {
        for (boolean inSerial : new boolean[] {true, false}) {
            String deep = nested(10_000);
            byte[] file = container(keyPackage(inSerial ? "Acme" : deep, inSerial ? deep : "DSC1001", OCRA, "",
                    plainSecret(SEED)));
            assertTrue(file.length > 60_000 && file.length < PskcReader.MAX_FILE_BYTES);
            PskcResult result = PskcReader.read(file, TransportKey.none());
            String problem = onlyProblem(result);
            assertEquals(0, result.problems().get(0).keyPackage(), "a problem of the file as a whole");
            assertTrue(problem.contains("nests elements deeper than " + PskcXml.MAX_DEPTH), problem);
        }
    }

    @Test
    void anElementInsideATextFieldIsRefused() {
        String problem = onlyProblem(PskcReader.read(container(keyPackage("Acme", "DSC<b>10</b>01", OCRA, "",
                plainSecret(SEED))), TransportKey.none()));
        assertEquals("<SerialNo> must hold text only, but holds the element <b>", problem);
        problem = onlyProblem(PskcReader.read(container(keyPackage("Ac<i>m</i>e", "DSC1001", OCRA, "",
                plainSecret(SEED))), TransportKey.none()));
        assertTrue(problem.startsWith("<Manufacturer> must hold text only"), problem);
        problem = onlyProblem(readPlain("MTIzNDU2<x/>Nzg5MDEyMzQ1Njc4OTA="));
        assertTrue(problem.startsWith("<PlainValue> must hold text only"), problem);
    }

    @Test
    void nestingAPskcFileReallyNeedsIsRead() {
        String comment = "DSC<!-- printed on the back -->1001";
        PskcResult result = PskcReader.read(container(keyPackage("Acme", comment, OCRA, "", plainSecret(SEED))),
                TransportKey.none());
        assertEquals(List.of(), result.problems());
        assertEquals("DSC1001", result.cards().get(0).serial());
    }

    @Test
    void aFailureOfTheReaderItselfIsAProblemOfTheFileNotAnException() {
        // No transport key object at all is a caller's mistake the reader does not check for: it fails inside.
        PskcResult result = PskcReader.read(Rfc6030ExamplesTest.file("rfc6030-figure6.xml"), null);
        String problem = onlyProblem(result);
        assertEquals(0, result.problems().get(0).keyPackage());
        assertEquals("the file could not be read (NullPointerException in the reader); nothing was imported", problem);
    }

    @Test
    void aKeyIdOrManufacturerLongerThanTheInventoryHoldsIsRefused() {
        String longId = "k".repeat(256);
        PskcResult result = PskcReader.read(container(keyPackage("Acme", "DSC1001", OCRA, "", plainSecret(SEED))
                .replace("Id=\"k1\"", "Id=\"" + longId + "\"")), TransportKey.none());
        assertEquals("the key Id is longer than 255 characters", onlyProblem(result));
        assertTrue(result.problems().get(0).keyId().length() < 70, "the report quotes it shortened");
        assertEquals("the Manufacturer is longer than 255 characters", onlyProblem(PskcReader.read(container(
                keyPackage("A".repeat(256), "DSC1001", OCRA, "", plainSecret(SEED))), TransportKey.none())));
        assertTrue(PskcReader.read(container(keyPackage("A".repeat(255), "DSC1001", OCRA, "", plainSecret(SEED))
                .replace("Id=\"k1\"", "Id=\"" + "k".repeat(255) + "\"")), TransportKey.none()).importable());
    }

    @Test
    void base64IsDecodedStrictly() {
        assertArrayEquals("12345678901234567890".getBytes(StandardCharsets.US_ASCII),
                readPlain("MTIzNDU2Nzg5\n      MDEyMzQ1Njc4OTA=").cards().get(0).secret(), "line breaks are fine");
        for (String bad : List.of("MTIzNDU2Nzg5MDEyMzQ1Njc4OTA", "MTIzNDU2Nzg5MDEyMzQ1Njc4OT", "MTIzNDU2Nzg5MDEyMzQ1Njc4O",
                "MTIzNDU2Nzg5MDEy!MzQ1Njc4OTA=", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTB=", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA==",
                "MTIz=NDU2Nzg5MDEyMzQ1Njc4OTA=")) {
            String problem = onlyProblem(readPlain(bad));
            assertTrue(problem.startsWith("the PlainValue is not valid Base64"), bad + ": " + problem);
        }
    }

    @Test
    void aSecretOfMoreThan128BytesOrAnOversizedTextIsRefused() {
        assertTrue(readPlain(Base64.getEncoder().encodeToString(new byte[128])).importable());
        String problem = onlyProblem(readPlain(Base64.getEncoder().encodeToString(new byte[129])));
        assertEquals("the secret has 129 bytes; at most 128 are accepted (an OCRA seed has 20 to 64)", problem);
        problem = onlyProblem(readPlain("A".repeat(600_000)));
        assertTrue(problem.startsWith("the PlainValue is too long"), problem);
    }

    @Test
    void numbersBeyondALongAreOutOfRangeNotNotNumbers() {
        String counterSuite = "urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1:HOTP-SHA1-8:C-QN08-PSHA1";
        String problem = onlyProblem(PskcReader.read(container(keyPackage("Acme", "DSC1001", counterSuite, "",
                plainSecret(SEED) + "<Counter><PlainValue>99999999999999999999</PlainValue></Counter>")),
                TransportKey.none()));
        assertEquals("the Counter is out of range (0 to " + Long.MAX_VALUE + ")", problem);
        problem = onlyProblem(PskcReader.read(container(keyPackage("Acme", "DSC1001", counterSuite, "",
                plainSecret(SEED) + "<Counter><PlainValue>-1</PlainValue></Counter>")), TransportKey.none()));
        assertEquals("the Counter is out of range (0 to " + Long.MAX_VALUE + ")", problem);
        problem = onlyProblem(PskcReader.read(container(keyPackage("Acme", "DSC1001", counterSuite, "",
                plainSecret(SEED) + "<Counter><PlainValue>twelve</PlainValue></Counter>")), TransportKey.none()));
        assertEquals("the Counter is not a whole number", problem);
        problem = onlyProblem(PskcReader.read(container(keyPackage("Acme", "DSC1001", OCRA,
                "<AlgorithmParameters><ResponseFormat Length=\"99999999999999\" Encoding=\"DECIMAL\"/></AlgorithmParameters>",
                plainSecret(SEED))), TransportKey.none()));
        assertEquals("the ResponseFormat Length is out of range (6 to 10)", problem);
    }

    @Test
    void pbkdf2NumbersBeyondAnIntAndAnEmptySaltSayWhatIsWrong() {
        String pbe = PskcWriter.password("pw", 1000).add(new PskcWriter.Entry("DSC1001", "k1", "Acme",
                dev.sls.dscplus.protocol.DscPlusSuites.DEFAULT, new byte[20])).write();
        String problem = onlyProblem(PskcReader.read(pbe.replace("<IterationCount>1000<", "<IterationCount>99999999999<")
                .getBytes(StandardCharsets.UTF_8), TransportKey.password("pw")));
        assertEquals("PBKDF2 IterationCount is out of range (1 to 1000000)", problem);
        problem = onlyProblem(PskcReader.read(pbe.replaceFirst("<Specified>[^<]*<", "<Specified><")
                .getBytes(StandardCharsets.UTF_8), TransportKey.password("pw")));
        assertEquals("the PBKDF2 salt is empty", problem);
        assertFalse(PskcReader.read(pbe.getBytes(StandardCharsets.UTF_8), TransportKey.password("pw")).cards().isEmpty());
    }
}
