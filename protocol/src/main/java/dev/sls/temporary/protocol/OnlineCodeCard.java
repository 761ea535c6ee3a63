package dev.sls.temporary.protocol;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The online security code card: a short grid of numeric codes generated for one person and shown once; a login
 * asks the codes at a few index numbers, as on the printed card.
 */
public record OnlineCodeCard(List<String> codes) {

    public static final int DEFAULT_CELLS = 24;
    public static final int DIGITS = 4;
    /** 2 x 4 digits: more than the 20 bits NIST SP 800-63B asks of a look-up secret. */
    public static final int ASKED = 2;

    public OnlineCodeCard {
        codes = List.copyOf(codes);
    }

    public static OnlineCodeCard generate(int cells, SecureRandom random) {
        List<String> codes = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            codes.add(String.format("%0" + DIGITS + "d", random.nextInt(10_000)));
        }
        return new OnlineCodeCard(codes);
    }

    public int size() {
        return codes.size();
    }

    /** The code at 1-based {@code index}. */
    public String codeAt(int index) {
        return codes.get(index - 1);
    }

    @Override
    public String toString() {
        return "OnlineCodeCard[" + codes.size() + " cells]";
    }
}
