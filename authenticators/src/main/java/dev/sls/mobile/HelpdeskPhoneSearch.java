package dev.sls.mobile;

import dev.sls.mobile.number.PhoneNumberParser;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.mobile.store.UserNumbers;
import dev.sls.rest.admin.HelpdeskPersonRule;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The helpdesk finds a person by a verified mobile number: typed in full in any common format ({@code +1 415 555 0123},
 * or nationally, {@code 4155550123}, in the realm's default country: {@code sls.phone.default-country}, else the
 * country of the realm's default language) or as its last {@value #LAST_DIGITS} digits. The
 * answer shows the number masked, never in full; numbers not verified are not searched.
 */
final class HelpdeskPhoneSearch implements HelpdeskPersonRule {

    static final int LAST_DIGITS = 4;
    /** Candidates read for a last-digits search before keeping those whose verified number ends with them. */
    private static final int CANDIDATES = 100;
    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ().\\-]+");

    @Override
    public List<Found> find(KeycloakSession session, RealmModel realm, String search, int max) {
        String typed = search == null ? "" : search.strip();
        String digits = typed.replaceAll("[^0-9]", "");
        if (!PHONE_LIKE.matcher(typed).matches() || digits.length() < LAST_DIGITS) {
            return List.of();
        }
        if (digits.length() == LAST_DIGITS && !typed.startsWith("+")) {
            return found(session, realm, Map.of(UserNumbers.VERIFIED, digits, UserModel.EXACT, "false"),
                    n -> n.e164().endsWith(digits), max);
        }
        String language = realm.getDefaultLocale();
        String region = new MobileNumbers(session, realm).defaultRegion(language == null ? null
                : Locale.forLanguageTag(language));
        PhoneNumberParser.Result parsed = PhoneNumberParser.parse(region, typed);
        if (!parsed.ok()) {
            return List.of();
        }
        String e164 = parsed.number().e164();
        return found(session, realm, Map.of(UserNumbers.VERIFIED, e164), n -> n.e164().equals(e164), max);
    }

    private static List<Found> found(KeycloakSession session, RealmModel realm, Map<String, String> attribute,
                                     Predicate<MobileNumber> matches, int max) {
        Map<String, String> query = new HashMap<>(attribute);
        query.put(UserModel.INCLUDE_SERVICE_ACCOUNT, Boolean.FALSE.toString());
        return session.users().searchForUserStream(realm, query, 0, CANDIDATES)
                .flatMap(user -> UserNumbers.list(user).stream().filter(MobileNumber::verified).filter(matches)
                        .findFirst().map(n -> new Found(user, n.masked())).stream())
                .limit(max).toList();
    }

    @Override
    public Optional<String> maskedPhone(KeycloakSession session, RealmModel realm, UserModel user) {
        List<MobileNumber> verified = UserNumbers.list(user).stream().filter(MobileNumber::verified).toList();
        return verified.stream().filter(MobileNumber::isDefault).findFirst().or(() -> verified.stream().findFirst())
                .map(MobileNumber::masked);
    }
}
