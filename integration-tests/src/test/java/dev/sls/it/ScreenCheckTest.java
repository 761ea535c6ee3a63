package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sls.testkit.browser.Chromium;
import dev.sls.testkit.browser.ScreenCheck;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout rules themselves, on hand-made pages: they must find what people saw on phones (a page wider than the
 * window because of a hidden tooltip, a Japanese word cut in two, a lone last character) and pass a clean page.
 */
class ScreenCheckTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>body { margin: 0; font-size: 20px; } .pf-v5-c-login__main { width: 300px; margin: 0 auto; }</style>
            </head><body><div class="pf-v5-c-login__main"><div class="pf-v5-c-login__main-body">%s</div></div></body></html>
            """;

    @Test
    void aHiddenElementThatWidensThePageIsFound() {
        List<String> problems = check("en", """
                <p>Fine text.</p>
                <span style="position: relative; display: inline-block"><button>R</button>
                <span style="position: absolute; left: 160%; visibility: hidden; min-width: 600px">Restart</span></span>
                """, "overflow");
        assertTrue(problems.stream().anyMatch(p -> p.contains("scrolls sideways")), problems::toString);
    }

    @Test
    void japaneseCutInsideAWordOrLeavingOneCharacterIsFound() {
        List<String> cut = check("ja", "<h1 style=\"width: 150px; word-break: break-all\">セキュリティコードカード</h1>", "ja-cut");
        assertTrue(cut.stream().anyMatch(p -> p.contains("breaks inside a word")), cut::toString);
        List<String> orphan = check("ja", "<p style=\"white-space: pre-line\">通知が届かない場合はここをクリックしてくださ\nい</p>",
                "ja-orphan");
        List<String> blocks = check("ja", "<button style=\"display: flex; flex-direction: column\"><span>コード</span>"
                + "<span>コードを入力</span></button>", "ja-blocks");
        assertEquals(List.of(), blocks, "a name and its label under it are two blocks, not a broken word");
        assertTrue(orphan.stream().anyMatch(p -> p.contains("alone on its last line")), orphan::toString);
    }

    @Test
    void aCleanPageHasNoProblem() {
        assertEquals(List.of(), check("en", "<p>Enter the code.</p><button>Sign in</button>", "clean"));
    }

    private static List<String> check(String lang, String body, String name) {
        assumeTrue(Chromium.find().isPresent(), "needs Chromium (the CI script installs it)");
        try (Chromium chromium = Chromium.launch()) {
            chromium.viewport(390, 844);
            chromium.navigate("data:text/html;charset=utf-8," + URLEncoder.encode(PAGE.formatted(lang, body),
                    StandardCharsets.UTF_8).replace("+", "%20"));
            chromium.waitUntil("document.querySelector('.pf-v5-c-login__main')", Duration.ofSeconds(10));
            return ScreenCheck.check(chromium, "screen-check-" + name, null);
        }
    }
}
