package dev.sls.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The built page is on the class path, served with its type; nothing else of the jar is reachable by name. */
class ConsoleFilesTest {

    @Test
    void theBuiltFilesAreServedWithTheirTypes() {
        ConsoleFiles.File index = ConsoleFiles.get("index.html");
        assertNotNull(index, "npm run build put the page into the classes");
        assertEquals("text/html; charset=utf-8", index.contentType());
        assertTrue(new String(index.bytes(), StandardCharsets.UTF_8).contains("console.js"));
        assertEquals("text/javascript; charset=utf-8", ConsoleFiles.get("console.js").contentType());
        assertEquals("text/css; charset=utf-8", ConsoleFiles.get("console.css").contentType());
        assertSame(index, ConsoleFiles.get("index.html"), "read once");
        assertTrue(index.etag().matches("\"[0-9a-f]{32}\""), index.etag());
    }

    @Test
    void otherNamesFindNothing() {
        for (String name : new String[] {null, "", "../index.html", "ConsoleFiles.class", ".index.html", "x.exe",
                "nope.js", "INDEX.HTML", "web/index.html", "index.html/", "a".repeat(70) + ".js"}) {
            assertNull(ConsoleFiles.get(name), name);
        }
    }
}
