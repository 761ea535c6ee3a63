package dev.sls.core.login;

import dev.sls.core.text.LocalMoments;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Waits, moments and amounts as the person reads them, in the page's language: "24 hours" rather than "1438
 * minutes", "9 décembre 2026 19:45 UTC" rather than "2026-12-09 19:45:57 UTC", "250 000,00 $US" rather than
 * "USD 250,000.00". Every page and message that shows one of these goes through here. The pieces that must not be
 * split across lines (a number and its unit, a date, a time, an amount) come back joined by no-break spaces.
 */
public final class LocalFormats {

    static final String SECONDS = "slsWaitSeconds";
    static final String MINUTES = "slsWaitMinutes";
    static final String HOURS = "slsWaitHours";
    private static final String FALLBACK_SECONDS = "{0,choice,1#{0} second|1<{0} seconds}";
    private static final String FALLBACK_MINUTES = "{0,choice,1#{0} minute|1<{0} minutes}";
    private static final String FALLBACK_HOURS = "{0,choice,1#{0} hour|1<{0} hours}";
    private static final char NO_BREAK = '\u00A0';

    private final Locale locale;
    private final Supplier<LoginMessages> messageSource;
    private LoginMessages messages;

    private LocalFormats(Locale locale, Supplier<LoginMessages> messageSource) {
        this.locale = locale;
        this.messageSource = messageSource;
    }

    public static LocalFormats of(AuthenticationFlowContext context) {
        return of(context.getSession(), context.getRealm(), context.getUser());
    }

    /** The theme's texts (the units' words) are read only if a wait is written. */
    public static LocalFormats of(KeycloakSession session, RealmModel realm, UserModel user) {
        return new LocalFormats(session.getContext().resolveLocale(user), () -> LoginMessages.of(session, realm, user));
    }

    /** For {@code locale} with the units of {@code messages} (English units where a key is missing). */
    public static LocalFormats of(Locale locale, LoginMessages messages) {
        return new LocalFormats(locale, () -> messages);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * How long until something may be done again, in the largest unit that still reads well, always rounded up (a
     * person told "1 minute" who comes back after one minute must not be refused): under a minute in seconds, up
     * to two hours in minutes, beyond in hours. Never less than one of the unit.
     */
    public String waitFor(Duration wait) {
        long seconds = Math.max(1, wait.isNegative() ? 0 : wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
        if (seconds < 60) {
            return unit(SECONDS, FALLBACK_SECONDS, seconds);
        }
        long minutes = (seconds + 59) / 60;
        if (minutes <= 120) {
            return unit(MINUTES, FALLBACK_MINUTES, minutes);
        }
        return unit(HOURS, FALLBACK_HOURS, (minutes + 59) / 60);
    }

    /** Whole minutes as a wait ("10 minutes", "1 minute"), e.g. how long a code stays valid. */
    public String minutes(long minutes) {
        return unit(MINUTES, FALLBACK_MINUTES, Math.max(1, minutes));
    }

    /**
     * How long something stays valid, never more than it really is: whole hours as hours ("1 hour"), whole minutes
     * as minutes ("10 minutes"), under two minutes in seconds, else the whole minutes it lasts at least.
     */
    public String lifetime(Duration lifetime) {
        long seconds = Math.max(1, lifetime.getSeconds());
        if (seconds % 3600 == 0) {
            return unit(HOURS, FALLBACK_HOURS, seconds / 3600);
        }
        if (seconds % 60 == 0 || seconds >= 120) {
            return unit(MINUTES, FALLBACK_MINUTES, seconds / 60);
        }
        return unit(SECONDS, FALLBACK_SECONDS, seconds);
    }

    /**
     * A moment as date and time in the page's language, in UTC (said so: the server does not know the person's
     * time zone). The date and the time each stay on one line; the line may break between them.
     */
    public String dateTime(Instant when) {
        return LocalMoments.dateTime(when, locale);
    }

    /** An amount with its currency as the language writes it (symbol, separators, the currency's decimals). */
    public String amount(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        format.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        return unbroken(format.format(amount));
    }

    /** {@code text} kept on one line: its spaces become no-break spaces, its hyphens no-break hyphens. */
    public static String unbroken(String text) {
        return LocalMoments.unbroken(text);
    }

    /**
     * {@link #unbroken} undone, for text messages: the GSM 7-bit alphabet has no no-break space or hyphen, and one
     * such character would send the whole message as UCS-2 (70 characters a part instead of 160).
     */
    public static String forTextMessage(String text) {
        return text == null ? null : text.replace(NO_BREAK, ' ').replace('\u202F', ' ').replace('\u2011', '-');
    }

    private String unit(String key, String fallback, long count) {
        if (messages == null) {
            messages = messageSource.get();
        }
        String pattern = messages.get(key, fallback);
        return unbroken(new MessageFormat(pattern, locale).format(new Object[] {count}));
    }
}
