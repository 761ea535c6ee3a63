package dev.sls.core.grid;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Distinct, sorted, 1-based positions drawn uniformly out of a grid of {@code size} cells: the index numbers a login
 * asks of a grid card. Kept in an authentication-session note in its {@link #format() text form}.
 */
public final class RandomPositions {

    private final int[] positions;

    private RandomPositions(int[] positions) {
        this.positions = positions;
    }

    public static RandomPositions draw(int size, int count, SecureRandom random) {
        if (count < 1 || count > size) {
            throw new IllegalArgumentException("cannot draw " + count + " of " + size + " positions");
        }
        int[] pool = new int[size];
        for (int i = 0; i < size; i++) {
            pool[i] = i + 1;
        }
        // Partial Fisher-Yates: uniform and distinct.
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
        }
        int[] chosen = Arrays.copyOf(pool, count);
        Arrays.sort(chosen);
        return new RandomPositions(chosen);
    }

    /** Reads {@link #format()}; anything else, or a position outside 1..size, is refused. */
    public static RandomPositions parse(String text, int size) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("malformed positions");
        }
        String[] parts = text.split(",", -1);
        int[] parsed = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 4
                    || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("malformed positions");
            }
            parsed[i] = Integer.parseInt(parts[i]);
            if (parsed[i] < 1 || parsed[i] > size || (i > 0 && parsed[i] <= parsed[i - 1])) {
                throw new IllegalArgumentException("malformed positions");
            }
        }
        return new RandomPositions(parsed);
    }

    public String format() {
        return Arrays.stream(positions).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    public List<Integer> list() {
        return Arrays.stream(positions).boxed().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RandomPositions other && Arrays.equals(positions, other.positions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "RandomPositions[" + format() + "]";
    }
}
