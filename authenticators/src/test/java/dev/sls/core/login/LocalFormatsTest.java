package dev.sls.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Waits, moments and amounts in the theme's three languages, with the theme's own unit words. */
class LocalFormatsTest {

    private static final Path MESSAGES = Path.of("..", "themes", "src", "main", "resources", "theme-resources",
            "messages");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void aWaitIsSaidInTheLargestUnitThatReadsWellWithTheLanguagesPlural() throws IOException {
        LocalFormats en = formats("en");
        assertEquals("24 hours", plain(en.waitFor(Duration.ofMinutes(1438))));
        assertEquals("1 minute", plain(en.waitFor(Duration.ofSeconds(60))));
        assertEquals("11 minutes", plain(en.waitFor(Duration.ofSeconds(626))));
        assertEquals("1 second", plain(en.waitFor(Duration.ofMillis(300))));
        assertEquals("45 seconds", plain(en.waitFor(Duration.ofSeconds(45))));
        assertEquals("90 minutes", plain(en.waitFor(Duration.ofMinutes(90))));
        assertEquals("3 hours", plain(en.waitFor(Duration.ofMinutes(121))));
        assertEquals("1 second", plain(en.waitFor(Duration.ofSeconds(-5))));

        LocalFormats fr = formats("fr");
        assertEquals("11 minutes", plain(fr.waitFor(Duration.ofSeconds(626))));
        assertEquals("1 minute", plain(fr.waitFor(Duration.ofSeconds(60))));
        assertEquals("24 heures", plain(fr.waitFor(Duration.ofMinutes(1438))));
        assertEquals("1 seconde", plain(fr.waitFor(Duration.ofSeconds(1))));

        LocalFormats ja = formats("ja");
        assertEquals("11分", ja.waitFor(Duration.ofSeconds(626)));
        assertEquals("24時間", ja.waitFor(Duration.ofMinutes(1438)));
        assertEquals("5秒", ja.waitFor(Duration.ofSeconds(5)));
    }

    @Test
    void aLifetimeIsSaidExactlyInTheLargestWholeUnit() throws IOException {
        LocalFormats en = formats("en");
        assertEquals("1 hour", plain(en.lifetime(Duration.ofHours(1))));
        assertEquals("2 hours", plain(en.lifetime(Duration.ofHours(2))));
        assertEquals("5 minutes", plain(en.lifetime(Duration.ofMinutes(5))));
        assertEquals("1 minute", plain(en.lifetime(Duration.ofSeconds(60))));
        assertEquals("90 seconds", plain(en.lifetime(Duration.ofSeconds(90))));
        assertEquals("5 minutes", plain(en.lifetime(Duration.ofSeconds(330))), "never more than it lasts");
        assertEquals("1 heure", plain(formats("fr").lifetime(Duration.ofHours(1))));
        assertEquals("1 minute", plain(formats("fr").lifetime(Duration.ofMinutes(1))));
        assertEquals("5 minutes", plain(formats("fr").lifetime(Duration.ofMinutes(5))));
        assertEquals("1時間", formats("ja").lifetime(Duration.ofHours(1)));
        assertEquals("5分", formats("ja").lifetime(Duration.ofMinutes(5)));
    }

    @Test
    void aTextMessageGetsPlainSpacesAndHyphensSoItStaysInTheGsmAlphabet() throws IOException {
        String wait = LocalFormats.forTextMessage(formats("fr").waitFor(Duration.ofMinutes(5)));
        assertEquals("5 minutes", wait);
        assertTrue(wait.chars().allMatch(c -> c < 128), wait);
    }

    @Test
    void aNumberAndItsUnitStayOnOneLine() throws IOException {
        assertFalse(formats("en").waitFor(Duration.ofMinutes(1438)).contains(" "));
        assertFalse(formats("fr").minutes(5).contains(" "));
    }

    @Test
    void aMomentIsWrittenAsTheLanguageWritesDatesAndTimesInUtc() throws IOException {
        Instant when = Instant.parse("2026-12-09T19:45:57Z");
        assertEquals("December 9, 2026 7:45 PM UTC", plain(formats("en").dateTime(when)));
        assertEquals("9 décembre 2026 19:45 UTC", plain(formats("fr").dateTime(when)));
        assertEquals("2026年12月9日 19:45 UTC", plain(formats("ja").dateTime(when)));
        String fr = formats("fr").dateTime(when);
        assertEquals(1, fr.chars().filter(c -> c == ' ').count(), "only between date and time may a line break: " + fr);
    }

    @Test
    void anAmountIsWrittenAsTheLanguageWritesMoney() throws IOException {
        BigDecimal amount = new BigDecimal("250000.00");
        assertEquals("$250,000.00", plain(formats("en").amount(amount, USD)));
        String fr = plain(formats("fr").amount(amount, USD));
        assertTrue(fr.startsWith("250 000,00") && fr.contains("$") && !fr.contains("USD"), fr);
        assertFalse(formats("fr").amount(amount, USD).contains(" "), "kept on one line");
        assertEquals("¥1,500", plain(formats("ja").amount(new BigDecimal("1500"), Currency.getInstance("JPY")))
                .replace('￥', '¥'));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2011', '-');
    }

    private static LocalFormats formats(String language) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return LocalFormats.of(Locale.forLanguageTag(language), LoginMessages.of(messages));
    }
}
