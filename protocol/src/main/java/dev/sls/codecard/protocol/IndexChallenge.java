package dev.sls.codecard.protocol;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The index numbers a login (or an activation) asks for: distinct, sorted, 1-based. Stored in an
 * authentication-session note in its {@link #format() text form} and used once.
 */
public final class IndexChallenge {

    /** NIST SP 800-63B look-up secrets: at least 20 bits per challenge. */
    public static final double MIN_BITS = 20.0;

    private static final double BITS_PER_DIGIT = Math.log(10) / Math.log(2);

    private final int[] indexes;

    private IndexChallenge(int[] indexes) {
        this.indexes = indexes;
    }

    /** Fewest positions a challenge must ask for so that guessing it blindly has at least 20 bits against it. */
    public static int minimumPositions(int codeLength) {
        return (int) Math.ceil(MIN_BITS / (codeLength * BITS_PER_DIGIT));
    }

    /** {@code requested} positions, raised to the 20-bit minimum for this card and capped at half its cells. */
    public static int effectivePositions(int requested, CodeCardSpec spec) {
        int positions = Math.max(requested, minimumPositions(spec.codeLength()));
        return Math.min(positions, spec.size() / 2);
    }

    public static IndexChallenge random(CodeCardSpec spec, int positions, SecureRandom random) {
        if (positions < 1 || positions > spec.size()) {
            throw new IllegalArgumentException("positions out of range");
        }
        // Partial Fisher-Yates over 1..size: uniform, distinct.
        int[] pool = new int[spec.size()];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = i + 1;
        }
        for (int i = 0; i < positions; i++) {
            int j = i + random.nextInt(pool.length - i);
            int tmp = pool[i];
            pool[i] = pool[j];
            pool[j] = tmp;
        }
        int[] chosen = Arrays.copyOf(pool, positions);
        Arrays.sort(chosen);
        return new IndexChallenge(chosen);
    }

    /** Parses the {@link #format()} form; rejects anything else. */
    public static IndexChallenge parse(String text, CodeCardSpec spec) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty challenge");
        }
        String[] parts = text.split(",", -1);
        int[] parsed = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!CodeCard.isDigits(parts[i]) || parts[i].length() > 4) {
                throw new IllegalArgumentException("malformed challenge");
            }
            parsed[i] = Integer.parseInt(parts[i]);
            if (parsed[i] < 1 || parsed[i] > spec.size() || (i > 0 && parsed[i] <= parsed[i - 1])) {
                throw new IllegalArgumentException("malformed challenge");
            }
        }
        return new IndexChallenge(parsed);
    }

    public String format() {
        return Arrays.stream(indexes).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    public List<Integer> indexes() {
        return Arrays.stream(indexes).boxed().collect(Collectors.toUnmodifiableList());
    }

    public int positions() {
        return indexes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexChallenge other && Arrays.equals(indexes, other.indexes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indexes);
    }

    @Override
    public String toString() {
        return "IndexChallenge[" + format() + "]";
    }
}
