package dev.sls.testkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SHA-1 test vectors of RFC 6238, appendix B (the last 6 of their 8 digits). */
class TotpTest {

    private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfcVectors() {
        assertEquals("287082", Totp.at(KEY, 59));
        assertEquals("081804", Totp.at(KEY, 1111111109));
        assertEquals("050471", Totp.at(KEY, 1111111111));
        assertEquals("005924", Totp.at(KEY, 1234567890));
        assertEquals("279037", Totp.at(KEY, 2000000000));
    }
}
