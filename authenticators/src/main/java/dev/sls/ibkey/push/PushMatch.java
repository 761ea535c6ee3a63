package dev.sls.ibkey.push;

import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.rest.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What ties a push to the browser that asked for it: the code the browser shows and the person types into the phone,
 * or the number the browser shows and the phone offers among {@code choices}, or nothing.
 *
 * @param code    the {@link MatchMode#CODE} code (never sent to the phone), else null
 * @param number  the {@link MatchMode#NUMBER} number, else null
 * @param choices what the phone offers in number mode, else empty
 */
public record PushMatch(MatchMode mode, String code, Integer number, List<Integer> choices) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public PushMatch {
        choices = List.copyOf(choices);
    }

    public static PushMatch draw(MatchMode mode) {
        return switch (mode) {
            case CODE -> new PushMatch(mode, digits(MatchMode.CODE_DIGITS), null, List.of());
            case NUMBER -> {
                int number = 10 + RANDOM.nextInt(90);
                yield new PushMatch(mode, null, number, choicesAround(number));
            }
            case NONE -> new PushMatch(mode, null, null, List.of());
        };
    }

    /** The outcome of an approval or denial the phone signed. */
    DecisionStatus judge(DecisionRequest request) {
        if (!"approve".equals(request.decision())) {
            return DecisionStatus.DENIED;
        }
        return switch (mode) {
            case NONE -> DecisionStatus.APPROVED;
            case NUMBER -> {
                if (request.number() == null) {
                    throw new ApiException(IbKeyErrorCode.NUMBER_REQUIRED, "Pick the number shown on the login page.");
                }
                yield number.equals(request.number()) ? DecisionStatus.APPROVED : DecisionStatus.NUMBER_MISMATCH;
            }
            case CODE -> {
                if (request.code() == null || request.code().isBlank()) {
                    throw new ApiException(IbKeyErrorCode.CODE_REQUIRED, "Type the code shown on the login page.");
                }
                String typed = request.code().replaceAll("[\\s-]", "");
                yield MessageDigest.isEqual(typed.getBytes(StandardCharsets.US_ASCII),
                        code.getBytes(StandardCharsets.US_ASCII)) ? DecisionStatus.APPROVED : DecisionStatus.CODE_MISMATCH;
            }
        };
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.toString();
    }

    private static List<Integer> choicesAround(int number) {
        List<Integer> choices = new ArrayList<>(List.of(number));
        while (choices.size() < 3) {
            int decoy = 10 + RANDOM.nextInt(90);
            if (!choices.contains(decoy)) {
                choices.add(decoy);
            }
        }
        Collections.shuffle(choices, RANDOM);
        return choices;
    }
}
