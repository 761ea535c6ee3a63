package dev.sls.sharing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.models.UserModel;

/**
 * The identification data the seeds compare before two usernames may share a device: date of birth, citizenship,
 * country of legal residence, and an identification document (type and number) or, for US citizens and residents,
 * the Social Security Number. Held in user-profile attributes that only admins see and edit (declared in the realm's
 * user profile, group {@code sls-identification}); never in tokens, never shown to another user.
 *
 * <p>Compared after normalising: letters in one case, spaces and dashes dropped, dates read as dates (so
 * {@code 1980-03-07}, {@code 1980/3/7} and {@code 19800307} are one day). Incomplete data never matches, so two
 * usernames with no data on record are not taken for one individual.
 */
public final class IdentificationData {

    public static final String BIRTH_DATE = "slsIdBirthDate";
    public static final String CITIZENSHIP = "slsIdCitizenship";
    public static final String RESIDENCE = "slsIdResidence";
    public static final String DOCUMENT_TYPE = "slsIdDocumentType";
    public static final String DOCUMENT_NUMBER = "slsIdDocumentNumber";
    public static final String SSN = "slsIdSsn";
    /** Every attribute, for the user profile and for tests that make sure none leaks. */
    public static final Set<String> ATTRIBUTES = Set.of(BIRTH_DATE, CITIZENSHIP, RESIDENCE, DOCUMENT_TYPE,
            DOCUMENT_NUMBER, SSN);

    private static final Set<String> UNITED_STATES = Set.of("US", "USA", "UNITEDSTATES", "UNITEDSTATESOFAMERICA");
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})[./](\\d{1,2})[./](\\d{1,2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final int MAX_LENGTH = 64;

    private final Optional<LocalDate> birthDate;
    private final String citizenship;
    private final String residence;
    private final String documentType;
    private final String documentNumber;
    private final String ssn;

    private IdentificationData(Optional<LocalDate> birthDate, String citizenship, String residence,
                               String documentType, String documentNumber, String ssn) {
        this.birthDate = birthDate;
        this.citizenship = citizenship;
        this.residence = residence;
        this.documentType = documentType;
        this.documentNumber = documentNumber;
        this.ssn = ssn;
    }

    public static IdentificationData of(UserModel user) {
        return from(user::getFirstAttribute);
    }

    /** From attribute values by name (what a user holds, or a map in tests). */
    public static IdentificationData from(Function<String, String> attribute) {
        return new IdentificationData(date(attribute.apply(BIRTH_DATE)), text(attribute.apply(CITIZENSHIP)),
                text(attribute.apply(RESIDENCE)), text(attribute.apply(DOCUMENT_TYPE)),
                text(attribute.apply(DOCUMENT_NUMBER)), text(attribute.apply(SSN)));
    }

    /** Whether both describe the same individual: every part present on both sides and equal once normalised. */
    public boolean sameIndividualAs(IdentificationData other) {
        if (birthDate.isEmpty() || citizenship.isEmpty() || residence.isEmpty()
                || !birthDate.equals(other.birthDate) || !citizenship.equals(other.citizenship)
                || !residence.equals(other.residence)) {
            return false;
        }
        Optional<String> mine = identifier();
        return mine.isPresent() && mine.equals(other.identifier());
    }

    /** The SSN for a US citizen or resident who has one on record, else the document's type and number. */
    private Optional<String> identifier() {
        boolean american = UNITED_STATES.contains(citizenship) || UNITED_STATES.contains(residence);
        if (american && !ssn.isEmpty()) {
            return Optional.of("SSN:" + ssn);
        }
        if (documentType.isEmpty() || documentNumber.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("DOC:" + documentType + ":" + documentNumber);
    }

    /** Upper case, without spaces (of any kind) and dashes; empty for nothing or for an absurdly long value. */
    static String text(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return "";
        }
        return raw.replaceAll("[\\s\\p{Z}\\-\\u2010-\\u2015\\u2212]", "").toUpperCase(Locale.ROOT);
    }

    /** A calendar date written year first (ISO, with slashes or dots, or eight digits); empty when it is none. */
    static Optional<LocalDate> date(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        for (Pattern pattern : new Pattern[] {ISO_DATE, SEPARATED_DATE, COMPACT_DATE}) {
            Matcher matcher = pattern.matcher(trimmed);
            if (matcher.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                            Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
