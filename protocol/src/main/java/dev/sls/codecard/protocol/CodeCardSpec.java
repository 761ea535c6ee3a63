package dev.sls.codecard.protocol;

/**
 * Shape of a Security Code Card: how many cells it has and how many digits each cell's code carries.
 * Cells are addressed by index numbers 1..size.
 */
public record CodeCardSpec(int size, int codeLength) {

    public static final int MIN_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MIN_CODE_LENGTH = 3;
    public static final int MAX_CODE_LENGTH = 8;
    public static final CodeCardSpec DEFAULT = new CodeCardSpec(100, 4);

    public CodeCardSpec {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("card size must be between " + MIN_SIZE + " and " + MAX_SIZE);
        }
        if (codeLength < MIN_CODE_LENGTH || codeLength > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("code length must be between " + MIN_CODE_LENGTH + " and " + MAX_CODE_LENGTH);
        }
    }
}
