package dev.sls.codecard.login;

import dev.sls.codecard.protocol.CodeCardSpec;
import dev.sls.codecard.protocol.IndexChallenge;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * What the code-card templates show ({@code slsCodeCard} in FreeMarker) and how their fields are read
 * back: one input named {@code code-<index>} per asked index number.
 */
public final class CodeCardForm {

    public static final String ATTRIBUTE = "slsCodeCard";
    private static final String FIELD_PREFIX = "code-";
    private static final int MAX_FIELD_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Integer> indexes;
    private final int codeLength;

    public CodeCardForm(IndexChallenge challenge, int codeLength) {
        this.indexes = challenge.indexes();
        this.codeLength = codeLength;
    }

    public List<Integer> getIndexes() {
        return indexes;
    }

    public int getCodeLength() {
        return codeLength;
    }

    /** The page asking for {@code challenge}, with {@code error} (a message key) shown if not null. */
    public static Response render(LoginFormsProvider forms, String template, IndexChallenge challenge, int codeLength,
                                  String error) {
        forms.setAttribute(ATTRIBUTE, new CodeCardForm(challenge, codeLength));
        if (error != null) {
            forms.setError(error);
        }
        return forms.createForm(template);
    }

    public static String fieldName(int index) {
        return FIELD_PREFIX + index;
    }

    /** Typed codes by index; over-long values are dropped (they cannot be right). */
    public static Map<Integer, String> readCodes(MultivaluedMap<String, String> form, IndexChallenge challenge) {
        Map<Integer, String> codes = new HashMap<>();
        for (int index : challenge.indexes()) {
            String value = form.getFirst(fieldName(index));
            if (value != null && value.length() <= MAX_FIELD_LENGTH) {
                codes.put(index, value);
            }
        }
        return codes;
    }

    /** New index numbers to ask of a card: at least the 20-bit minimum of positions. */
    public static IndexChallenge draw(CodeCardSpec spec, int requestedPositions) {
        return IndexChallenge.random(spec, IndexChallenge.effectivePositions(requestedPositions, spec), RANDOM);
    }

    /** The index numbers kept for the page ({@link IndexChallenge#format()}), if they are valid for the card. */
    public static Optional<IndexChallenge> asked(String stored, CodeCardSpec spec) {
        try {
            return Optional.of(IndexChallenge.parse(stored, spec));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
