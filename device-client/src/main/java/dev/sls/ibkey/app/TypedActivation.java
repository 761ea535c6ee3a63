package dev.sls.ibkey.app;

import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import java.net.URI;

/** The server, realm and activation code a person typed by hand (no camera), checked before anything is sent. */
final class TypedActivation {

    private TypedActivation() {
    }

    static ActivationUri parse(String server, String realm, String typedCode) {
        if (server == null || !isHttpUrl(server)) {
            throw new IllegalArgumentException("the server must be an http or https URL, e.g. http://127.0.0.1:8080");
        }
        if (realm == null || realm.isBlank()) {
            throw new IllegalArgumentException("the realm is missing");
        }
        ActivationCode.problem(typedCode).ifPresent(problem -> {
            throw new IllegalArgumentException(switch (problem) {
                case WRONG_LENGTH -> "the activation code has the wrong length: it has 11 letters and digits, shown as"
                        + " XXXX-XXXX-XX-C (dashes, spaces and case do not matter)";
                case BAD_CHARACTER -> "the activation code has a character activation codes do not use (they use"
                        + " digits and letters but I, L, O and U)";
                case CHECK_SYMBOL_MISMATCH -> "the activation code's last symbol does not match the others: a letter"
                        + " or digit was mistyped or two were swapped; check the code on the page";
            });
        });
        return new ActivationUri(server, realm, ActivationCode.parse(typedCode).orElseThrow());
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
