package dev.sls.core.ocra;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** The hash functions an OCRA suite can name, for the HMAC (CryptoFunction) and for the PIN (P). */
public enum HashAlgorithm {
    SHA1("SHA1", "HmacSHA1", "SHA-1", 20),
    SHA256("SHA256", "HmacSHA256", "SHA-256", 32),
    SHA512("SHA512", "HmacSHA512", "SHA-512", 64);

    private final String suiteName;
    private final String macAlgorithm;
    private final String digestAlgorithm;
    private final int outputLength;

    HashAlgorithm(String suiteName, String macAlgorithm, String digestAlgorithm, int outputLength) {
        this.suiteName = suiteName;
        this.macAlgorithm = macAlgorithm;
        this.digestAlgorithm = digestAlgorithm;
        this.outputLength = outputLength;
    }

    /** The name as written in a suite string, e.g. {@code SHA256}. */
    public String suiteName() {
        return suiteName;
    }

    /** The JCA name of the matching HMAC, e.g. {@code HmacSHA256}. */
    public String macAlgorithm() {
        return macAlgorithm;
    }

    /** Output length in bytes (of both the digest and the HMAC). */
    public int outputLength() {
        return outputLength;
    }

    /** The plain digest of {@code data}, as used for the PIN input P. */
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(digestAlgorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + digestAlgorithm, e);
        }
    }

    /** The algorithm whose suite name is exactly {@code name} (case-sensitive, as suites are). */
    public static Optional<HashAlgorithm> fromSuiteName(String name) {
        for (HashAlgorithm algorithm : values()) {
            if (algorithm.suiteName.equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
