package dev.sls.mobile.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.sls.core.cache.BoundedCache;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.sls.mobile.number.ParsedNumber.NumberKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed numbers to E.164 with libphonenumber: the national number as the person writes it in the chosen country
 * (trunk "0" and all), or an international one ("+…", "00…", or the country code typed without its "+"). Letters are
 * refused rather than read as a vanity number.
 */
public final class PhoneNumberParser {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Digits, "+" and the separators people type, full-width ones (and the long vowel mark "ー") included. */
    private static final Pattern ALLOWED = Pattern.compile(
            "[0-9+()./\\-\\s\\u00a0\\u3000\\u2010-\\u2015\\u30fc\\uff08\\uff09\\uff0b\\uff0d\\uff0e\\uff10-\\uff19]*");
    private static final int MAX_INPUT = 40;
    private static final BoundedCache<String, Optional<ParsedNumber>> CANONICAL = new BoundedCache<>(4096);

    /** The outcome: a number, or why there is none. */
    public record Result(ParsedNumber number, NumberProblem problem) {

        public static Result of(ParsedNumber number) {
            return new Result(number, null);
        }

        public static Result refused(NumberProblem problem) {
            return new Result(null, problem);
        }

        public boolean ok() {
            return number != null;
        }
    }

    private PhoneNumberParser() {
    }

    /**
     * @param region the country picked (ISO 3166), used for numbers written nationally; may be null
     * @param typed  what the person typed
     */
    public static Result parse(String region, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Result.refused(NumberProblem.MISSING);
        }
        if (text.length() > MAX_INPUT || !ALLOWED.matcher(text).matches()) {
            return Result.refused(text.codePoints().anyMatch(Character::isLetter) ? NumberProblem.LETTERS
                    : NumberProblem.INVALID);
        }
        String country = region == null ? null : region.trim().toUpperCase(Locale.ROOT);
        if (country != null && !UTIL.getSupportedRegions().contains(country)) {
            country = null;
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(text, country == null ? "ZZ" : country);
        } catch (NumberParseException e) {
            return Result.refused(switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> NumberProblem.UNKNOWN_COUNTRY;
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> NumberProblem.TOO_SHORT;
                case TOO_LONG -> NumberProblem.TOO_LONG;
                default -> NumberProblem.INVALID;
            });
        }
        return check(number);
    }

    /**
     * A stored value (E.164 or anything an admin typed) read back; empty when it is not a valid number. The answer
     * depends on the text alone, so it is parsed once per node and remembered (bounded): every login reads the user's
     * numbers several times.
     */
    public static Optional<ParsedNumber> canonical(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        return CANONICAL.get(stored, text -> Optional.ofNullable(
                parse(null, text.strip().startsWith("+") ? text : "+" + text.strip()).number()));
    }

    private static Result check(PhoneNumber number) {
        switch (UTIL.isPossibleNumberWithReason(number)) {
            case TOO_SHORT:
                return Result.refused(NumberProblem.TOO_SHORT);
            case TOO_LONG:
                return Result.refused(NumberProblem.TOO_LONG);
            case INVALID_COUNTRY_CODE:
                return Result.refused(NumberProblem.UNKNOWN_COUNTRY);
            case IS_POSSIBLE:
            case IS_POSSIBLE_LOCAL_ONLY:
                break;
            default:
                return Result.refused(NumberProblem.INVALID);
        }
        if (!UTIL.isValidNumber(number)) {
            return Result.refused(NumberProblem.INVALID);
        }
        String region = UTIL.getRegionCodeForNumber(number);
        return Result.of(new ParsedNumber(UTIL.format(number, PhoneNumberFormat.E164), region,
                number.getCountryCode(), kind(number), UTIL.format(number, PhoneNumberFormat.INTERNATIONAL)));
    }

    private static NumberKind kind(PhoneNumber number) {
        return switch (UTIL.getNumberType(number)) {
            case MOBILE -> NumberKind.MOBILE;
            case FIXED_LINE_OR_MOBILE -> NumberKind.FIXED_LINE_OR_MOBILE;
            case VOIP -> NumberKind.VOIP;
            case FIXED_LINE, TOLL_FREE, PREMIUM_RATE, SHARED_COST, PAGER, UAN, VOICEMAIL -> NumberKind.NOT_MOBILE;
            default -> NumberKind.OTHER;
        };
    }

    /** Country calling code of a region, e.g. 81 for JP; 0 when unknown. */
    public static int callingCode(String region) {
        return UTIL.getCountryCodeForRegion(region);
    }

    /** Regions libphonenumber knows, for the country picker. */
    public static java.util.Set<String> regions() {
        return UTIL.getSupportedRegions();
    }
}
