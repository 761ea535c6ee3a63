package dev.sls.dscplus.protocol.pskc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.OcraSuite;
import dev.sls.dscplus.protocol.DscPlusSuites;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example files of RFC 6030 itself. Their keys are HOTP keys, which a DSC+ login (OCRA challenge/response) could
 * never verify, so as they are they are refused saying so; with the algorithm made an OCRA suite, those that carry a
 * usable secret import and the others say why not.
 */
class Rfc6030ExamplesTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] FIGURE6_KEY = HexFormat.of().parseHex("12345678901234567890123456789012");

    static byte[] file(String name) {
        try (InputStream in = Rfc6030ExamplesTest.class.getResourceAsStream("/pskc/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file with its HOTP keys made OCRA keys of {@code suite} (the MACs cover only the values). */
    static byte[] asOcra(String name, OcraSuite suite) {
        String xml = new String(file(name), StandardCharsets.UTF_8);
        assertTrue(xml.contains("\"" + KeyPackageReader.HOTP + "\""), name);
        return xml.replace("\"" + KeyPackageReader.HOTP + "\"", "\"" + KeyPackageReader.PROFILE_PREFIX + suite + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static PskcCard onlyCard(PskcResult result) {
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.cards().size(), result.cards()::toString);
        return result.cards().get(0);
    }

    @Test
    void figure2WithoutSerialUsesTheKeyIdAndSaysSo() {
        PskcResult result = PskcReader.read(asOcra("rfc6030-figure2.xml", DscPlusSuites.DEFAULT), TransportKey.none());
        PskcCard card = onlyCard(result);
        assertEquals("12345678", card.serial());
        assertArrayEquals("1234".getBytes(StandardCharsets.US_ASCII), card.secret());
        assertEquals(DscPlusSuites.DEFAULT.toString(), card.suite());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("no SerialNo")), result.warnings()::toString);
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("only 4 bytes")), result.warnings()::toString);
    }

    @Test
    void figure3HasSerialManufacturerAndSecret() {
        PskcCard card = onlyCard(PskcReader.read(asOcra("rfc6030-figure3.xml", DscPlusSuites.DEFAULT), TransportKey.none()));
        assertEquals("987654321", card.serial());
        assertEquals("12345678", card.keyId());
        assertEquals("Manufacturer", card.manufacturer());
        assertArrayEquals(RFC_SECRET, card.secret());
        assertEquals(1, card.keyPackage());
    }

    @Test
    void figure4CarriesNoSecretAndIsRefusedNamingItsKeyPackage() {
        PskcResult result = PskcReader.read(asOcra("rfc6030-figure4.xml", DscPlusSuites.DEFAULT), TransportKey.none());
        assertFalse(result.importable());
        assertEquals(1, result.problems().size());
        PskcProblem problem = result.problems().get(0);
        assertEquals(1, problem.keyPackage());
        assertEquals("12345678", problem.keyId());
        assertTrue(problem.problem().contains("KeyReference"), problem::problem);
    }

    @Test
    void figure5PinKeyPackageBelongsToItsCardWhichChecksThePinItself() {
        PskcCard card = onlyCard(PskcReader.read(asOcra("rfc6030-figure5.xml", DscPlusSuites.DEFAULT_LOCAL_PIN),
                TransportKey.none()));
        assertEquals("987654321", card.serial());
        assertEquals(DscPlusSuites.DEFAULT_LOCAL_PIN.toString(), card.suite());
        PskcResult withPin = PskcReader.read(asOcra("rfc6030-figure5.xml", DscPlusSuites.DEFAULT), TransportKey.none());
        assertTrue(withPin.problems().get(0).problem().contains("PINUsageMode Local"), "the card checks its PIN itself");
    }

    @Test
    void asTheyAreTheHotpExamplesAreRefusedSayingADscPlusLoginCouldNeverVerifyThem() {
        for (String figure : List.of("2", "3", "5", "6", "7", "9", "10")) {
            TransportKey key = switch (figure) {
                case "6" -> TransportKey.preShared(FIGURE6_KEY);
                case "7" -> TransportKey.password("qwerty");
                default -> TransportKey.none();
            };
            PskcResult result = PskcReader.read(file("rfc6030-figure" + figure + ".xml"), key);
            assertEquals(List.of(), result.cards(), figure);
            assertFalse(result.problems().isEmpty(), figure);
            for (PskcProblem problem : result.problems()) {
                assertTrue(problem.keyPackage() > 0, figure + ": " + problem);
                assertTrue(problem.problem().startsWith("an HOTP key"), figure + ": " + problem);
            }
        }
    }

    @Test
    void figure6DecryptsWithThePreSharedKey() {
        PskcCard card = onlyCard(PskcReader.read(asOcra("rfc6030-figure6.xml", DscPlusSuites.DEFAULT), TransportKey.preShared(FIGURE6_KEY)));
        assertArrayEquals(RFC_SECRET, card.secret());
    }

    @Test
    void figure6WithoutOrWithAWrongKeyImportsNothing() {
        PskcResult none = PskcReader.read(asOcra("rfc6030-figure6.xml", DscPlusSuites.DEFAULT), TransportKey.none());
        assertEquals(0, none.problems().get(0).keyPackage());
        assertTrue(none.problems().get(0).problem().contains("pre-shared key"), none::toString);

        byte[] wrong = FIGURE6_KEY.clone();
        wrong[0] ^= 1;
        PskcResult result = PskcReader.read(asOcra("rfc6030-figure6.xml", DscPlusSuites.DEFAULT), TransportKey.preShared(wrong));
        assertFalse(result.importable());
        assertEquals(List.of(), result.cards());
        assertTrue(result.problems().get(0).problem().contains("wrong key"), result::toString);
    }

    @Test
    void figure7DecryptsWithThePassword() {
        PskcCard card = onlyCard(PskcReader.read(asOcra("rfc6030-figure7.xml", DscPlusSuites.DEFAULT), TransportKey.password("qwerty")));
        assertArrayEquals(RFC_SECRET, card.secret());
        assertEquals("123456", card.keyId());

        PskcResult wrong = PskcReader.read(asOcra("rfc6030-figure7.xml", DscPlusSuites.DEFAULT), TransportKey.password("qwertz"));
        assertFalse(wrong.importable());
        assertEquals(List.of(), wrong.cards());
        assertTrue(wrong.problems().get(0).problem().contains("wrong pre-shared key or password"), wrong::toString);
    }

    @Test
    void figure8AsymmetricTransportIsRefusedWithAReason() {
        PskcResult result = PskcReader.read(file("rfc6030-figure8.xml"), TransportKey.none());
        assertFalse(result.importable());
        assertTrue(result.problems().get(0).problem().contains("X.509"), result::toString);
    }

    @Test
    void figure9ImportsWithItsSixDigitResponsesAndAWordOnTheSignature() {
        PskcResult result = PskcReader.read(asOcra("rfc6030-figure9.xml", OcraSuite.parse("OCRA-1:HOTP-SHA256-6:QN08-PSHA1")), TransportKey.none());
        PskcCard card = onlyCard(result);
        assertEquals("0755225266", card.serial());
        assertEquals("OCRA-1:HOTP-SHA256-6:QN08-PSHA1", card.suite());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("signature")), result.warnings()::toString);
    }

    @Test
    void figure10BulkFileHasFourKeysTwoForOneDeviceInConsecutiveMonths() {
        PskcResult result = PskcReader.read(asOcra("rfc6030-figure10.xml", DscPlusSuites.DEFAULT), TransportKey.none());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("654321", "123456", "9999999", "9999999"),
                result.cards().stream().map(PskcCard::serial).toList());
        PskcCard march = result.cards().get(2);
        assertEquals(Instant.parse("2006-03-31T00:00:00Z"), march.validUntil().orElseThrow());
        assertFalse(march.overlaps(result.cards().get(3)));
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("expired")), result.warnings()::toString);
    }
}
