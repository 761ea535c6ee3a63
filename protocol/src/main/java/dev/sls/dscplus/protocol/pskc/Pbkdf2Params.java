package dev.sls.dscplus.protocol.pskc;

import static dev.sls.dscplus.protocol.pskc.PskcXml.XENC11;

import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.w3c.dom.Element;

/** The PBKDF2 parameters of a password-protected PSKC file (RFC 6030 §6.2, PKCS #5 v2.0). */
record Pbkdf2Params(byte[] salt, int iterations, int keyLength, String prf) {

    static final String PBKDF2 = "http://www.rsasecurity.com/rsalabs/pkcs/schemas/pkcs-5v2-0#pbkdf2";
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final int MAX_SALT_BYTES = 64;
    private static final Map<String, String> PRFS = Map.of(
            "", "PBKDF2WithHmacSHA1",
            "http://www.w3.org/2000/09/xmldsig#hmac-sha1", "PBKDF2WithHmacSHA1",
            "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", "PBKDF2WithHmacSHA256");

    static Pbkdf2Params of(Element derivedKey) {
        Element method = PskcXml.child(derivedKey, XENC11, "KeyDerivationMethod")
                .orElseThrow(() -> new PskcException("a DerivedKey without KeyDerivationMethod"));
        String algorithm = PskcXml.attribute(method, "Algorithm").orElse("");
        if (!PBKDF2.equals(algorithm)) {
            throw new PskcException("unknown key derivation " + algorithm + " (only PBKDF2 is supported)");
        }
        // The parameter children are unqualified in the RFC's example: match by local name.
        Element params = PskcXml.child(method, null, "PBKDF2-params")
                .orElseThrow(() -> new PskcException("PBKDF2 without PBKDF2-params"));
        Element salt = PskcXml.child(params, null, "Salt").orElseThrow(() -> new PskcException("PBKDF2 without Salt"));
        String specified = PskcXml.childText(salt, null, "Specified")
                .orElseThrow(() -> new PskcException("only a Specified PBKDF2 salt is supported"));
        int iterations = number(params, "IterationCount", 1, MAX_ITERATIONS);
        int keyLength = number(params, "KeyLength", 16, 32);
        String prf = PskcXml.child(params, null, "PRF").flatMap(p -> PskcXml.attribute(p, "Algorithm")).orElse("");
        if (!PRFS.containsKey(prf)) {
            throw new PskcException("unknown PBKDF2 PRF " + prf);
        }
        byte[] saltBytes = PskcValues.base64(specified, "the PBKDF2 salt", MAX_SALT_BYTES);
        if (saltBytes.length == 0) {
            throw new PskcException("the PBKDF2 salt is empty");
        }
        return new Pbkdf2Params(saltBytes, iterations, keyLength, prf);
    }

    private static int number(Element params, String name, int min, int max) {
        String text = PskcXml.childText(params, null, name).orElseThrow(() -> new PskcException("PBKDF2 without " + name));
        return (int) PskcValues.number(text, "PBKDF2 " + name, min, max);
    }

    byte[] derive(char[] password) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyLength * 8);
        try {
            return SecretKeyFactory.getInstance(PRFS.get(prf)).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new PskcException("the key could not be derived from the password");
        } finally {
            spec.clearPassword();
        }
    }
}
