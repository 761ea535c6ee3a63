package dev.sls.core.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A moment as a person reads it, in their language: "9 décembre 2026 19:45 UTC" rather than "2026-12-09 19:45:57
 * UTC". In UTC, and said so: the server does not know the person's time zone. The date and the time each stay on one
 * line (no-break spaces and hyphens); a line may break between them. Pages use it through {@code LocalFormats}, the
 * account console's device list directly.
 */
public final class LocalMoments {

    private static final char NO_BREAK = '\u00A0';

    private LocalMoments() {
    }

    public static String dateTime(Instant when, Locale locale) {
        var utc = when.atZone(ZoneOffset.UTC);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(utc);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(utc);
        return unbroken(date) + " " + unbroken(time + " UTC");
    }

    /** {@code text} kept on one line: its spaces become no-break spaces, its hyphens no-break hyphens. */
    public static String unbroken(String text) {
        return text == null ? null : text.replace(' ', NO_BREAK).replace('-', '\u2011');
    }
}
