package dev.sls.core.pin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses PINs that are easy to guess for someone holding the device: wrong length or characters,
 * one character repeated, a run up or down ({@code 1234}, {@code 9876}, {@code abcd}), a pattern on
 * the keypad or among the most chosen PINs, something that reads as a year or a day and month, or a
 * word of the person's own (user name, names), the usual guidelines for device PINs.
 */
public final class PinPolicy {

    private static final Set<String> COMMON = Set.of(
            "1212", "1122", "1313", "2580", "0852", "1470", "3690", "1004", "2000", "6969", "1010", "2468",
            "1357", "7777", "4321", "123123", "121212", "112233", "654321", "159753", "147258", "qwer", "asdf",
            "zxcv", "pass", "password", "qwerty", "abc123", "admin", "love", "1q2w3e", "azerty");

    private PinPolicy() {
    }

    /** Every problem found (empty when the PIN is acceptable); {@code personalWords} may be empty. */
    public static Set<PinProblem> check(PinProfile profile, String pin, Collection<String> personalWords) {
        Set<PinProblem> problems = EnumSet.noneOf(PinProblem.class);
        if (pin == null || pin.length() < profile.minLength()) {
            problems.add(PinProblem.TOO_SHORT);
            return problems;
        }
        if (pin.length() > profile.maxLength()) {
            problems.add(PinProblem.TOO_LONG);
        }
        if (!pin.chars().allMatch(c -> profile.allows((char) c))) {
            problems.add(PinProblem.NOT_ALLOWED_CHARACTER);
            return problems;
        }
        String lower = pin.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() == 1) {
            problems.add(PinProblem.REPEATED_CHARACTER);
        }
        if (isRun(lower, 1) || isRun(lower, -1)) {
            problems.add(PinProblem.SEQUENCE);
        }
        if (COMMON.contains(lower)) {
            problems.add(PinProblem.COMMON);
        }
        if (looksLikeDateOrYear(lower)) {
            problems.add(PinProblem.DATE_OR_YEAR);
        }
        if (containsPersonalWord(lower, personalWords)) {
            problems.add(PinProblem.PERSONAL);
        }
        return problems;
    }

    private static boolean isRun(String s, int step) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** 19xx/20xx years, and DDMM / MMDD (also with a 2-digit year) that are real calendar days. */
    private static boolean looksLikeDateOrYear(String s) {
        if (!s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (s.length() == 4 && (s.startsWith("19") || s.startsWith("20"))) {
            return true;
        }
        if (s.length() != 4 && s.length() != 6) {
            return false;
        }
        int first = Integer.parseInt(s.substring(0, 2));
        int second = Integer.parseInt(s.substring(2, 4));
        return isDayMonth(first, second) || isDayMonth(second, first);
    }

    private static boolean isDayMonth(int day, int month) {
        int[] daysInMonth = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1];
    }

    private static boolean containsPersonalWord(String pin, Collection<String> words) {
        for (String word : words) {
            if (word == null) {
                continue;
            }
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && (pin.contains(w) || w.contains(pin))) {
                return true;
            }
        }
        return false;
    }
}
