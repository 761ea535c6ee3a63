package dev.sls.ibkey.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.core.login.LoginMessages;
import dev.sls.ibkey.push.PushRequest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PushTextsTest {

    private static LoginMessages bundle(String language) throws IOException {
        Path file = Path.of("..", "themes", "src", "main", "resources", "theme-resources", "messages",
                "messages_" + language + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return LoginMessages.of(properties);
    }

    private static PushRequest login() {
        return new PushRequest("realm", "user", "handle", "bank", "Online bank", "10.0.0.1", null, null, "ref");
    }

    private static PushRequest ciba(String bindingMessage) {
        return new PushRequest("realm", "user", "handle", "call-centre", "Call centre", "10.0.0.1", null, null, null,
                null, bindingMessage, "auth-result-1");
    }

    @Test
    void aLoginPushNamesTheLogin() throws IOException {
        assertEquals(new PushTexts("Login request", "Tap to review the login to Online bank."),
                PushTexts.of(login(), bundle("en")));
    }

    @Test
    void aCibaPushNamesTheApplicationThatAsksAndWhatItAsks() throws IOException {
        assertEquals(new PushTexts("Approval request", "Call centre asks you to approve: CC-4711"),
                PushTexts.of(ciba("CC-4711"), bundle("en")));
        assertEquals(new PushTexts("Approval request", "Call centre asks you to approve a request."),
                PushTexts.of(ciba(null), bundle("en")));
        assertEquals(new PushTexts("Demande d'approbation", "Call centre vous demande d'approuver : CC-4711"),
                PushTexts.of(ciba("CC-4711"), bundle("fr")));
        assertEquals(new PushTexts("承認リクエスト", "Call centreから承認の依頼があります：CC-4711"),
                PushTexts.of(ciba("CC-4711"), bundle("ja")));
    }

    @Test
    void theBindingMessageIsShownAsSentNeverReadAsAPattern() throws IOException {
        assertEquals("Call centre asks you to approve: pay {0} '5' now",
                PushTexts.of(ciba("pay {0} '5' now"), bundle("en")).body());
        assertEquals("Call centre asks you to approve: X",
                PushTexts.of(ciba("X"), LoginMessages.of(new Properties())).body(), "the English fallback");
    }
}
