package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing vendor PSKC files into the inventory through the admin REST API, on the real server: the RFC's own
 * examples (refused as HOTP keys, imported as OCRA keys), a vendor's OCRA file, deeply nested XML, PSK- and password-protected files, and damaged ones, each with what the inventory holds afterwards.
 * The RFC examples share serials, so each goes into a realm of its own.
 */
@ExtendWith(KeycloakExtension.class)
class DscPlusImportTest {

    private static final String FIGURE6_PSK = "12345678901234567890123456789012";

    private static String freshRealm(AdminClient admin) {
        String realm = "pskc-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("", AdminClient.object().put("realm", realm).put("enabled", true));
        return realm;
    }

    private static AdminClient.Response importInto(AdminClient admin, String realm, JsonNode body) {
        return admin.send("POST", "/" + realm + "/sls/dscplus/imports", body);
    }

    private static List<String> serialsIn(AdminClient admin, String realm) {
        JsonNode cards = admin.get("/" + realm + "/sls/dscplus/cards").path("cards");
        return java.util.stream.StreamSupport.stream(cards.spliterator(), false).map(c -> c.path("serial").asText()).sorted().toList();
    }

    /** The RFC's keys are HOTP keys, which a DSC+ login cannot verify: the same file with OCRA keys of a suite. */
    private static String asOcra(String file, String suite) {
        return DscPlusSteps.resource(file).replace("\"urn:ietf:params:xml:ns:keyprov:pskc:hotp\"",
                "\"urn:ietf:params:xml:ns:keyprov:pskc#" + suite + "\"");
    }

    @Test
    void theRfcExamplesWithASecretImportAsOcraKeysAndTheOthersSayWhy(AdminClient admin) {
        record Case(String file, String suite, String psk, String password, List<String> serials) { }
        String ocra = DscPlusSuites.DEFAULT.toString();
        List<Case> importable = List.of(
                new Case("rfc6030-figure2.xml", ocra, null, null, List.of("12345678")),
                new Case("rfc6030-figure3.xml", ocra, null, null, List.of("987654321")),
                new Case("rfc6030-figure5.xml", DscPlusSuites.DEFAULT_LOCAL_PIN.toString(), null, null, List.of("987654321")),
                new Case("rfc6030-figure6.xml", ocra, FIGURE6_PSK, null, List.of("987654321")),
                new Case("rfc6030-figure7.xml", ocra, null, "qwerty", List.of("987654321")),
                new Case("rfc6030-figure9.xml", "OCRA-1:HOTP-SHA256-6:QN08-PSHA1", null, null, List.of("0755225266")),
                new Case("rfc6030-figure10.xml", ocra, null, null, List.of("123456", "654321", "9999999", "9999999")));
        for (Case example : importable) {
            String realm = freshRealm(admin);
            AdminClient.Response hotp = importInto(admin, realm, DscPlusSteps.importBody(DscPlusSteps.resource(example.file()))
                    .put("preSharedKey", example.psk()).put("password", example.password()));
            assertEquals(422, hotp.status(), example.file() + " as it is: " + hotp.body());
            assertTrue(hotp.json().path("problems").get(0).path("problem").asText().contains("OCRA challenge/response"),
                    hotp.body());
            var body = DscPlusSteps.importBody(asOcra(example.file(), example.suite()));
            if (example.psk() != null) {
                body.put("preSharedKey", example.psk());
            }
            if (example.password() != null) {
                body.put("password", example.password());
            }
            AdminClient.Response response = importInto(admin, realm, body);
            assertEquals(201, response.status(), example.file() + ": " + response.body());
            assertEquals(example.serials().size(), response.json().path("imported").asInt(), example.file());
            assertEquals(example.serials(), serialsIn(admin, realm), example.file());
            assertFalse(response.body().contains("MTIzNDU2Nzg5MDEyMzQ1Njc4OTA"), "no secret in the answer");
            admin.delete("/" + realm);
        }
        for (String refused : List.of("rfc6030-figure4.xml", "rfc6030-figure8.xml")) {
            String realm = freshRealm(admin);
            AdminClient.Response response = importInto(admin, realm, DscPlusSteps.importBody(DscPlusSteps.resource(refused)));
            assertEquals(422, response.status(), refused + ": " + response.body());
            assertEquals("pskc_rejected", response.json().path("error").asText());
            assertEquals(List.of(), serialsIn(admin, realm), refused);
            admin.delete("/" + realm);
        }
    }

    @Test
    void encryptedFilesNeedTheirKeyAndImportNothingWithoutIt(AdminClient admin) {
        String realm = freshRealm(admin);
        byte[] psk = new byte[16];
        new SecureRandom().nextBytes(psk);
        CardVendor batch = CardVendor.make("PSK", 3, DscPlusSuites.DEFAULT, new SecureRandom());
        String file = batch.pskc(PskcWriter.preShared(psk, PskcWriter.HMAC_SHA256));

        AdminClient.Response noKey = importInto(admin, realm, DscPlusSteps.importBody(file));
        assertEquals(422, noKey.status(), noKey.body());
        byte[] wrong = psk.clone();
        wrong[3] ^= 0x40;
        AdminClient.Response wrongKey = importInto(admin, realm,
                DscPlusSteps.importBody(file).put("preSharedKey", HexFormat.of().formatHex(wrong)));
        assertEquals(422, wrongKey.status(), wrongKey.body());
        assertEquals(List.of(), serialsIn(admin, realm));

        AdminClient.Response ok = importInto(admin, realm,
                DscPlusSteps.importBody(file).put("preSharedKey", HexFormat.of().formatHex(psk)));
        assertEquals(201, ok.status(), ok.body());
        assertEquals(List.of("PSK0001", "PSK0002", "PSK0003"), serialsIn(admin, realm));

        String pbe = CardVendor.make("PBE", 2, DscPlusSuites.DEFAULT, new SecureRandom()).pskc(PskcWriter.password("s3cret pass", 4000));
        AdminClient.Response password = importInto(admin, realm, DscPlusSteps.importBody(pbe).put("password", "s3cret pass"));
        assertEquals(201, password.status(), password.body());
        assertEquals(List.of("PBE0001", "PBE0002", "PSK0001", "PSK0002", "PSK0003"), serialsIn(admin, realm));
        admin.delete("/" + realm);
    }

    @Test
    void aDamagedFileOrADuplicateOrKnownSerialImportsNothingAndNamesEachBadKeyPackage(AdminClient admin) {
        String realm = freshRealm(admin);
        CardVendor batch = CardVendor.make("DMG", 3, DscPlusSuites.DEFAULT, new SecureRandom());
        String good = batch.pskc(PskcWriter.plain());
        String damaged = good.replaceFirst("(<SerialNo>DMG0002</SerialNo></DeviceInfo>\\s*<Key Id=\"[^\"]+\" Algorithm=\")[^\"]+",
                "$1urn:example:unknown-algorithm");
        AdminClient.Response bad = importInto(admin, realm, DscPlusSteps.importBody(damaged));
        assertEquals(422, bad.status(), bad.body());
        JsonNode problems = bad.json().path("problems");
        assertEquals(1, problems.size(), bad.body());
        assertEquals(2, problems.get(0).path("keyPackage").asInt());
        assertEquals(0, bad.json().path("imported").asInt());
        assertEquals(List.of(), serialsIn(admin, realm));

        String duplicate = good.replace("DMG0003", "DMG0001");
        AdminClient.Response dup = importInto(admin, realm, DscPlusSteps.importBody(duplicate));
        assertEquals(422, dup.status(), dup.body());
        assertEquals(3, dup.json().path("problems").get(0).path("keyPackage").asInt(), dup.body());
        assertEquals(List.of(), serialsIn(admin, realm));

        assertEquals(201, importInto(admin, realm, DscPlusSteps.importBody(good)).status());
        String again = CardVendor.make("DMG", 4, DscPlusSuites.DEFAULT, new SecureRandom()).pskc(PskcWriter.plain());
        AdminClient.Response known = importInto(admin, realm, DscPlusSteps.importBody(again));
        assertEquals(422, known.status(), known.body());
        assertEquals(3, known.json().path("problems").size(), "DMG0001-3 are known; DMG0004 alone is fine: " + known.body());
        assertTrue(known.json().path("problems").get(0).path("problem").asText().contains("already in the inventory"));
        assertEquals(List.of("DMG0001", "DMG0002", "DMG0003"), serialsIn(admin, realm));

        AdminClient.Response notXml = importInto(admin, realm, DscPlusSteps.importBody("<KeyContainer"));
        assertEquals(422, notXml.status());
        AdminClient.Response notJson = admin.send("POST", "/" + realm + "/sls/dscplus/imports", "{not json");
        assertEquals(400, notJson.status(), notJson.body());
        admin.delete("/" + realm);
    }

    @Test
    void tenThousandNestedElementsInASerialAreA422ReportNotAServerError(AdminClient admin) {
        String realm = freshRealm(admin);
        String good = CardVendor.make("NST", 1, DscPlusSuites.DEFAULT, new SecureRandom()).pskc(PskcWriter.plain());
        String deep = good.replace("<SerialNo>NST0001</SerialNo>",
                "<SerialNo>" + "<x>".repeat(10_000) + "NST0001" + "</x>".repeat(10_000) + "</SerialNo>");
        AdminClient.Response response = importInto(admin, realm, DscPlusSteps.importBody(deep));
        assertEquals(422, response.status(), response.body());
        assertEquals("pskc_rejected", response.json().path("error").asText());
        JsonNode problem = response.json().path("problems").get(0);
        assertEquals(0, problem.path("keyPackage").asInt(), response.body());
        assertTrue(problem.path("problem").asText().contains("nests elements deeper than"), response.body());
        AdminClient.Response inText = importInto(admin, realm, DscPlusSteps.importBody(
                good.replace("<SerialNo>NST0001</SerialNo>", "<SerialNo>NST<b>0001</b></SerialNo>")));
        assertEquals(422, inText.status(), inText.body());
        assertTrue(inText.body().contains("must hold text only"), inText.body());
        assertEquals(List.of(), serialsIn(admin, realm));
        admin.delete("/" + realm);
    }

    @Test
    void aVendorsOcraKeyWithItsSuiteInSuiteIsStoredWithThatSuite(AdminClient admin) {
        String realm = freshRealm(admin);
        String seed = java.util.Base64.getEncoder().encodeToString(new byte[20]);
        String file = "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"><KeyPackage>"
                + "<DeviceInfo><Manufacturer>NagraID Security</Manufacturer><SerialNo>306EUO4-00960</SerialNo></DeviceInfo>"
                + "<Key Id=\"880479B6A2CA2080\" Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:ocra\"><AlgorithmParameters>"
                + "<Suite>OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1</Suite><ResponseFormat Length=\"6\" Encoding=\"DECIMAL\"/>"
                + "</AlgorithmParameters><Data><Secret><PlainValue>" + seed + "</PlainValue></Secret><Counter>"
                + "<PlainValue>12</PlainValue></Counter></Data></Key></KeyPackage></KeyContainer>";
        AdminClient.Response response = importInto(admin, realm, DscPlusSteps.importBody(file));
        assertEquals(201, response.status(), response.body());
        JsonNode card = admin.get("/" + realm + "/sls/dscplus/cards").path("cards").get(0);
        assertEquals("306EUO400960", card.path("serial").asText(), card.toString());
        assertEquals("OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1", card.path("suite").asText(), card.toString());
        admin.delete("/" + realm);
    }

    @Test
    void anXxeOrBillionLaughsFileIsRefusedWithoutExpansion(AdminClient admin) {
        String realm = freshRealm(admin);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE KeyContainer [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"><KeyPackage><DeviceInfo>"
                + "<SerialNo>&x;</SerialNo></DeviceInfo></KeyPackage></KeyContainer>";
        AdminClient.Response response = importInto(admin, realm, DscPlusSteps.importBody(xxe));
        assertEquals(422, response.status(), response.body());
        assertTrue(response.body().contains("DOCTYPE"), response.body());
        assertFalse(response.body().contains("root:"), "the file was not read");
        StringBuilder lol = new StringBuilder("<!DOCTYPE KeyContainer [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            lol.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\">&l10;</KeyContainer>");
        AdminClient.Response laughs = importInto(admin, realm, DscPlusSteps.importBody(lol.toString()));
        assertEquals(422, laughs.status(), laughs.body());
        assertEquals(List.of(), serialsIn(admin, realm));
        admin.delete("/" + realm);
    }

    @Test
    void aDryRunReportsEveryCardOrEveryProblemAndStoresNothing(AdminClient admin) {
        String realm = freshRealm(admin);
        CardVendor vendor = CardVendor.make("DRY", 3, DscPlusSuites.DEFAULT, new SecureRandom());
        String file = vendor.pskc(PskcWriter.plain());
        AdminClient.Response preview = importInto(admin, realm, DscPlusSteps.importBody(file).put("dryRun", true));
        assertEquals(200, preview.status(), preview.body());
        assertEquals(3, preview.json().path("cards").size(), preview.body());
        assertEquals(0, preview.json().path("imported").asInt());
        assertTrue(preview.json().path("batch").isMissingNode(), preview.body());
        assertTrue(preview.json().path("cards").get(0).path("id").isMissingNode(), "a card of a dry run has no id");
        assertEquals("stock", preview.json().path("cards").get(0).path("state").asText(), preview.body());
        assertFalse(preview.body().contains("secret") || preview.body().contains("seed"), preview.body());
        assertEquals(List.of(), serialsIn(admin, realm), "a dry run stores nothing");

        AdminClient.Response damaged = importInto(admin, realm, DscPlusSteps.importBody(
                file.replace(vendor.cards().get(1).serial(), "")).put("dryRun", true));
        assertEquals(422, damaged.status(), damaged.body());
        assertEquals("pskc_rejected", damaged.json().path("error").asText());
        AdminClient.Response wrongType = importInto(admin, realm, DscPlusSteps.importBody(file).put("dryRun", "yes"));
        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals(List.of(), serialsIn(admin, realm));

        assertEquals(201, importInto(admin, realm, DscPlusSteps.importBody(file)).status());
        AdminClient.Response twice = importInto(admin, realm, DscPlusSteps.importBody(file).put("dryRun", true));
        assertEquals(422, twice.status(), "the dry run checks the inventory too: " + twice.body());
        assertEquals(3, serialsIn(admin, realm).size());
        admin.delete("/" + realm);
    }
}
