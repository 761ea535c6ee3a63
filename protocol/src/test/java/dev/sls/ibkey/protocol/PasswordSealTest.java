package dev.sls.ibkey.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.junit.jupiter.api.Test;

class PasswordSealTest {

    private static final HexFormat HEX = HexFormat.of();

    // RFC 9180 Appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode.
    private static final byte[] IKM_E = hex("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234");
    private static final byte[] SK_EM = hex("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736");
    private static final byte[] PK_EM = hex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
    private static final byte[] IKM_R = hex("6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037");
    private static final byte[] SK_RM = hex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
    private static final byte[] PK_RM = hex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
    private static final byte[] INFO = hex("4f6465206f6e2061204772656369616e2055726e");
    private static final byte[] AAD_0 = hex("436f756e742d30");
    private static final byte[] PT = hex("4265617574792069732074727574682c20747275746820626561757479");
    private static final byte[] CT_0 = hex("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a9"
            + "6d8770ac83d07bea87e13c512a");

    private static byte[] hex(String value) {
        return HEX.parseHex(value);
    }

    /** The RFC lists the private keys before X25519 clamps them; the public keys show the derivation is its. */
    @Test
    void derivesTheRfcKeyPairs() {
        AsymmetricCipherKeyPair ephemeral = PasswordSeal.hpke().deriveKeyPair(IKM_E);
        assertArrayEquals(PK_EM, PasswordSeal.hpke().serializePublicKey(ephemeral.getPublic()));
        AsymmetricCipherKeyPair recipient = PasswordSeal.hpke().deriveKeyPair(IKM_R);
        assertArrayEquals(PK_RM, PasswordSeal.hpke().serializePublicKey(recipient.getPublic()));
    }

    @Test
    void sealsTheRfcVectorWithItsEphemeralKey() {
        AsymmetricCipherKeyPair ephemeral = PasswordSeal.hpke().deserializePrivateKey(SK_EM, PK_EM);
        PasswordSeal.Sealed sealed = PasswordSeal.seal(PK_RM, INFO, AAD_0, PT, ephemeral);
        assertArrayEquals(PK_EM, sealed.enc());
        assertArrayEquals(CT_0, sealed.ciphertext());
    }

    @Test
    void opensTheRfcVector() {
        byte[] opened = PasswordSeal.open(new PasswordSeal.KeyPair(SK_RM, PK_RM), INFO, AAD_0,
                new PasswordSeal.Sealed(PK_EM, CT_0));
        assertArrayEquals(PT, opened);
    }

    @Test
    void aSealedPasswordOpensOnlyForItsRealmUserAndDelivery() {
        PasswordSeal.KeyPair app = PasswordSeal.generateKeyPair();
        byte[] info = PasswordSeal.info("sls-demo", "alice");
        byte[] aad = "delivery-1".getBytes(StandardCharsets.UTF_8);
        PasswordSeal.Sealed sealed = PasswordSeal.seal(app.publicKey(), info, aad,
                "Temp-Pass-1234".getBytes(StandardCharsets.UTF_8));
        assertEquals("Temp-Pass-1234", new String(PasswordSeal.open(app, info, aad, sealed), StandardCharsets.UTF_8));

        assertThrows(IllegalArgumentException.class, () -> PasswordSeal.open(app,
                PasswordSeal.info("sls-demo", "bob"), aad, sealed));
        assertThrows(IllegalArgumentException.class, () -> PasswordSeal.open(app,
                PasswordSeal.info("other", "alice"), aad, sealed));
        assertThrows(IllegalArgumentException.class, () -> PasswordSeal.open(app, info,
                "delivery-2".getBytes(StandardCharsets.UTF_8), sealed));
        assertThrows(IllegalArgumentException.class, () -> PasswordSeal.open(PasswordSeal.generateKeyPair(), info,
                aad, sealed));
        byte[] altered = sealed.ciphertext().clone();
        altered[0] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> PasswordSeal.open(app, info, aad,
                new PasswordSeal.Sealed(sealed.enc(), altered)));
    }

    @Test
    void infoPartsCannotBeShiftedIntoEachOther() {
        assertTrue(!java.util.Arrays.equals(PasswordSeal.info("ab", "c"), PasswordSeal.info("a", "bc")));
    }

    @Test
    void onlyUsableX25519KeysPass() {
        assertTrue(PasswordSeal.problem(PasswordSeal.generateKeyPair().encodedPublicKey()).isEmpty());
        assertTrue(PasswordSeal.problem(null).isPresent());
        assertTrue(PasswordSeal.problem("not base64 !").isPresent());
        assertTrue(PasswordSeal.problem(PasswordSeal.encode(new byte[31])).isPresent(), "too short");
        assertTrue(PasswordSeal.problem(PasswordSeal.encode(new byte[33])).isPresent(), "too long");
        assertTrue(PasswordSeal.problem(PasswordSeal.encode(new byte[32])).get().contains("low-order"),
                "the all-zero point gives no shared secret");
        byte[] one = new byte[32];
        one[0] = 1;
        assertTrue(PasswordSeal.problem(PasswordSeal.encode(one)).isPresent(), "a low-order point");
    }
}
