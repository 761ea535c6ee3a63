package dev.sls.codecard.protocol;

import dev.sls.core.grid.RandomPositions;
import java.security.SecureRandom;
import java.util.List;

/**
 * The index numbers a login (or an activation) asks for: distinct, sorted, 1-based. Stored in an
 * authentication-session note in its {@link #format() text form} and used once.
 */
public final class IndexChallenge {

    /** NIST SP 800-63B look-up secrets: at least 20 bits per challenge. */
    public static final double MIN_BITS = 20.0;

    private static final double BITS_PER_DIGIT = Math.log(10) / Math.log(2);

    private final RandomPositions drawn;

    private IndexChallenge(RandomPositions drawn) {
        this.drawn = drawn;
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
        return new IndexChallenge(RandomPositions.draw(spec.size(), positions, random));
    }

    /** Parses the {@link #format()} form; rejects anything else. */
    public static IndexChallenge parse(String text, CodeCardSpec spec) {
        return new IndexChallenge(RandomPositions.parse(text, spec.size()));
    }

    public String format() {
        return drawn.format();
    }

    public List<Integer> indexes() {
        return drawn.list();
    }

    public int positions() {
        return drawn.list().size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexChallenge other && drawn.equals(other.drawn);
    }

    @Override
    public int hashCode() {
        return drawn.hashCode();
    }

    @Override
    public String toString() {
        return "IndexChallenge[" + format() + "]";
    }
}
