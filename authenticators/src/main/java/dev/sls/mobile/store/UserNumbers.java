package dev.sls.mobile.store;

import dev.sls.mobile.number.ParsedNumber;
import dev.sls.mobile.number.PhoneNumberParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.UserModel;

/**
 * A user's mobile numbers in user-profile attributes. The default number is Keycloak's standard {@value #DEFAULT}
 * with {@value #DEFAULT_VERIFIED}, which the built-in {@code phone} client scope maps to the OIDC claims
 * {@code phone_number} and {@code phone_number_verified}; all numbers (default included) are in {@value #ALL} and the
 * verified ones in {@value #VERIFIED}, in E.164.
 */
public final class UserNumbers {

    public static final String DEFAULT = "phoneNumber";
    public static final String DEFAULT_VERIFIED = "phoneNumberVerified";
    public static final String ALL = "slsPhoneNumbers";
    public static final String VERIFIED = "slsPhoneNumbersVerified";
    /** More would only help someone spray codes at many numbers. */
    public static final int MAX_NUMBERS = 5;

    private UserNumbers() {
    }

    /**
     * The user's numbers, the default first. A default number set by someone else (an admin, a registration form) is
     * listed too when it is a valid number, but never counts as verified unless it was verified.
     */
    public static List<MobileNumber> list(UserModel user) {
        Set<String> verified = canonicalSet(user.getAttributeStream(VERIFIED).toList());
        Optional<ParsedNumber> defaultNumber = PhoneNumberParser.canonical(user.getFirstAttribute(DEFAULT));
        List<MobileNumber> numbers = new ArrayList<>();
        defaultNumber.ifPresent(n -> numbers.add(MobileNumber.of(n, verified.contains(n.e164()), true)));
        for (String stored : user.getAttributeStream(ALL).toList()) {
            PhoneNumberParser.canonical(stored)
                    .filter(n -> numbers.stream().noneMatch(m -> m.e164().equals(n.e164())))
                    .ifPresent(n -> numbers.add(MobileNumber.of(n, verified.contains(n.e164()), false)));
        }
        return List.copyOf(numbers);
    }

    public static Optional<MobileNumber> find(UserModel user, String e164) {
        return list(user).stream().filter(n -> n.e164().equals(e164)).findFirst();
    }

    /** Adds an unverified number (the first one becomes the default). */
    public static void add(UserModel user, String e164) {
        List<String> all = new ArrayList<>(e164s(user));
        if (!all.contains(e164)) {
            all.add(e164);
        }
        write(user, all, verifiedE164s(user), defaultE164(user).orElse(e164));
    }

    /** Marks a number verified; it becomes the default when the default is not verified. */
    public static void markVerified(UserModel user, String e164) {
        List<String> all = new ArrayList<>(e164s(user));
        if (!all.contains(e164)) {
            all.add(e164);
        }
        Set<String> verified = new LinkedHashSet<>(verifiedE164s(user));
        verified.add(e164);
        String current = defaultE164(user).orElse(null);
        write(user, all, verified, current == null || !verified.contains(current) ? e164 : current);
    }

    /** Makes a verified number the default. */
    public static boolean makeDefault(UserModel user, String e164) {
        Set<String> verified = verifiedE164s(user);
        if (!verified.contains(e164)) {
            return false;
        }
        write(user, e164s(user), verified, e164);
        return true;
    }

    /** Removes a number; the next verified number (else the next one) becomes the default. */
    public static void remove(UserModel user, String e164) {
        List<String> all = new ArrayList<>(e164s(user));
        all.remove(e164);
        Set<String> verified = new LinkedHashSet<>(verifiedE164s(user));
        verified.remove(e164);
        String current = defaultE164(user).filter(d -> !d.equals(e164)).orElse(null);
        if (current == null) {
            current = all.stream().filter(verified::contains).findFirst().orElse(all.isEmpty() ? null : all.get(0));
        }
        write(user, all, verified, current);
    }

    private static void write(UserModel user, List<String> all, Set<String> verified, String defaultNumber) {
        List<String> kept = all.stream().distinct().limit(MAX_NUMBERS).toList();
        user.setAttribute(ALL, kept);
        user.setAttribute(VERIFIED, verified.stream().filter(kept::contains).toList());
        if (defaultNumber == null || !kept.contains(defaultNumber)) {
            user.removeAttribute(DEFAULT);
            user.removeAttribute(DEFAULT_VERIFIED);
        } else {
            user.setSingleAttribute(DEFAULT, defaultNumber);
            user.setSingleAttribute(DEFAULT_VERIFIED, Boolean.toString(verified.contains(defaultNumber)));
        }
    }

    private static List<String> e164s(UserModel user) {
        return list(user).stream().map(MobileNumber::e164).toList();
    }

    private static Set<String> verifiedE164s(UserModel user) {
        return list(user).stream().filter(MobileNumber::verified).map(MobileNumber::e164)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<String> defaultE164(UserModel user) {
        return list(user).stream().filter(MobileNumber::isDefault).map(MobileNumber::e164).findFirst();
    }

    private static Set<String> canonicalSet(List<String> stored) {
        return stored.stream().map(PhoneNumberParser::canonical).flatMap(Optional::stream).map(ParsedNumber::e164)
                .collect(Collectors.toSet());
    }
}
