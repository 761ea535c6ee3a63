package dev.sls.core.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import org.junit.jupiter.api.Test;

class PemKeysTest {

    @Test
    void pkcs8KeysOfBothAlgorithmsAreRead() {
        KeyPair rsa = TestKeys.rsa();
        KeyPair ec = TestKeys.ec("secp256r1");
        PrivateKey readRsa = PemKeys.pkcs8("k", "the key", TestKeys.pem(rsa.getPrivate()), "RSA");
        PrivateKey readEc = PemKeys.pkcs8("k", "the key", TestKeys.pem(ec.getPrivate()), "EC");
        assertArrayEquals(rsa.getPrivate().getEncoded(), readRsa.getEncoded());
        // BouncyCastle may re-encode EC keys with the public point; the secret scalar is what must survive.
        assertEquals(((ECPrivateKey) ec.getPrivate()).getS(), ((ECPrivateKey) readEc).getS());
    }

    @Test
    void badKeysAreRefusedWithoutQuotingThem() {
        String rsaPem = TestKeys.pem(TestKeys.rsa().getPrivate());
        String fragment = rsaPem.substring(100, 140);
        assertRefused("is missing", "  ", "RSA");
        assertRefused("must be PKCS#8", "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----", "RSA");
        assertRefused("not a PEM", "just text", "RSA");
        assertRefused("not a valid EC private key", rsaPem, "EC");
        SettingException damaged = assertThrows(SettingException.class, () -> PemKeys.pkcs8("k", "the key",
                rsaPem.replace(fragment, fragment.substring(0, 20)), "RSA"));
        assertFalse(damaged.getMessage().contains(fragment.substring(0, 20)));
    }

    private static void assertRefused(String expected, String pem, String algorithm) {
        SettingException e = assertThrows(SettingException.class, () -> PemKeys.pkcs8("k", "the key", pem, algorithm));
        assertTrue(e.getMessage().startsWith("k: the key"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
