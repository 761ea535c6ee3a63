package dev.sls.dscplus.protocol.pskc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External entities and entity expansion are refused before anything is fetched or expanded. */
class PskcXmlAttacksTest {

    private static final String CONTAINER = "<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\">"
            + "<KeyPackage><DeviceInfo><SerialNo>&x;</SerialNo></DeviceInfo><Key Id=\"1\""
            + " Algorithm=\"urn:ietf:params:xml:ns:keyprov:pskc:hotp\"><Data><Secret><PlainValue>"
            + "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=</PlainValue></Secret></Data></Key></KeyPackage></KeyContainer>";

    private static PskcResult read(String xml) {
        return PskcReader.read(xml.getBytes(StandardCharsets.UTF_8), TransportKey.none());
    }

    private static void assertRefusedForItsDoctype(PskcResult result) {
        assertFalse(result.importable());
        assertEquals(0, result.problems().get(0).keyPackage());
        assertTrue(result.problems().get(0).problem().contains("DOCTYPE"), result::toString);
    }

    @Test
    void externalFileEntityIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SERIAL4242");
        assertRefusedForItsDoctype(read("<?xml version=\"1.0\"?><!DOCTYPE KeyContainer [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>" + CONTAINER));
    }

    @Test
    void externalHttpEntityAndDtdAreNotFetched() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger hits = new AtomicInteger();
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertRefusedForItsDoctype(read("<!DOCTYPE KeyContainer SYSTEM \"" + base + "/evil.dtd\">" + CONTAINER));
            assertRefusedForItsDoctype(read("<!DOCTYPE KeyContainer [<!ENTITY % p SYSTEM \"" + base
                    + "/p.dtd\"> %p;]>" + CONTAINER));
            assertEquals(0, hits.get(), "the parser fetched something");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE KeyContainer [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = doctype.append("<!ENTITY x \"&l10;\">]>").append(CONTAINER).toString();
        PskcResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(xml));
        assertRefusedForItsDoctype(result);
    }

    @Test
    void anOversizedFileIsRefusedUnread() {
        byte[] big = new byte[PskcReader.MAX_FILE_BYTES + 1];
        assertFalse(PskcReader.read(big, TransportKey.none()).importable());
    }
}
