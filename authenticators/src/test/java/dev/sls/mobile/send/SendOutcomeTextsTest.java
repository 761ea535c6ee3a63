package dev.sls.mobile.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.LoginMessages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every send outcome names a text of the theme in each language; a limit's text takes the wait in words. */
class SendOutcomeTextsTest {

    private static final Path MESSAGES = Path.of("..", "themes", "src", "main", "resources", "theme-resources",
            "messages");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Too many codes were requested. You can ask for a new code in 3 hours.",
            "fr | Trop de codes ont été demandés. Vous pourrez demander un nouveau code dans 3 heures.",
            "ja | コードの要求が多すぎます。3時間後に新しいコードを要求できます。"})
    void aLimitSaysTheWaitInTheLanguagesWords(String lang, String expected) throws IOException {
        Properties messages = messages(lang);
        for (SendOutcome outcome : SendOutcome.values()) {
            assertNotNull(messages.getProperty(outcome.messageKey()), lang + ": " + outcome.messageKey());
        }
        Locale locale = Locale.forLanguageTag(lang);
        String wait = LocalFormats.of(locale, LoginMessages.of(messages)).waitFor(Duration.ofHours(3));
        String text = new MessageFormat(messages.getProperty(SendOutcome.LIMITED.messageKey()), locale)
                .format(new Object[] {wait});
        assertEquals(expected, text.replace('\u00A0', ' '));
    }

    private static Properties messages(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve("messages_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
