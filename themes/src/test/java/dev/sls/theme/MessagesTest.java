package dev.sls.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every message, each key carries the sls prefix, and no text is left empty. */
class MessagesTest {

    /** The seeds' Japanese says 「OKをクリック」 too (the IB Key response; the settings pages' final OK). */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("slsIbKeyResponseSubmit", "slsSettingsDone",
            "slsOptOutOk");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "fr"})
    void everyEnglishMessageIsTranslated(String language) throws IOException {
        Properties english = load("en");
        Properties translated = load(language);
        assertEquals(english.stringPropertyNames(), translated.stringPropertyNames());
        for (String key : translated.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), key);
            assertFalse(language.equals("ja") && !SAME_IN_EVERY_LANGUAGE.contains(key)
                    && translated.getProperty(key).equals(english.getProperty(key)), "left in English: " + key);
        }
    }

    /** A key written twice would silently keep only its last text (merges of parallel work did this once). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "fr"})
    void everyKeyIsWrittenOnce(String language) throws IOException {
        Set<String> seen = new HashSet<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream(
                "/theme-resources/messages/messages_" + language + ".properties")) {
            assertNotNull(in, language);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    assertTrue(seen.add(line.substring(0, equals).trim()), "written twice: " + line.substring(0, equals));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "fr"})
    void everyKeyHasTheSlsPrefix(String language) throws IOException {
        for (String key : load(language).stringPropertyNames()) {
            assertTrue(key.startsWith("sls"), key);
        }
    }

    /** Japanese text takes full-width punctuation: 「：」「（）」「…」, not ASCII ":", "()" or "...". */
    @Test
    void japaneseTextUsesFullWidthPunctuation() throws IOException {
        Pattern japanese = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff]");
        Properties messages = load("ja");
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (japanese.matcher(text).find()) {
                for (String ascii : new String[] {":", "(", ")", "..."}) {
                    assertFalse(text.contains(ascii), key + " has ASCII '" + ascii + "': " + text);
                }
            }
        }
    }

    static Properties load(String language) throws IOException {
        String name = "/theme-resources/messages/messages_" + language + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
