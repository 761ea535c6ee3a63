package dev.sls.ibkey.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.core.signing.DeviceSignatures;
import dev.sls.ibkey.protocol.IbKeyMessages;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiptCheckTest {

    private final KeyPair keys = DeviceKeys.generate();
    private final String publicKey = DeviceKeys.encodePublic(keys.getPublic());
    private final DeviceMessage message = IbKeyMessages.decision("demo", "u.c", "challenge-1", "approve", null,
            "123456", "USD 250.00", "ACME 1234", "nonce-0123456789abcdef", Instant.ofEpochSecond(1_800_000_000L));
    private final String text = new String(message.canonicalBytes(), StandardCharsets.UTF_8);
    private final String signature = DeviceSignatures.sign(keys.getPrivate(), message);

    private ReceiptEntity kept() {
        ReceiptEntity kept = new ReceiptEntity();
        kept.setMessage(text);
        kept.setSignature(signature);
        kept.setPublicKey(publicKey);
        return kept;
    }

    @Test
    void anUntouchedReceiptHolds() {
        assertEquals(Optional.empty(), ReceiptCheck.check(publicKey, text, signature));
        assertEquals(Optional.empty(), ReceiptCheck.checkCopy(kept(), text, signature));
    }

    @Test
    void everyChangeFailsWithItsReason() {
        assertEquals(Optional.of(ReceiptCheck.Problem.SIGNATURE_MISMATCH),
                ReceiptCheck.check(publicKey, text.replace("USD 250.00", "USD 25000.00"), signature));
        assertEquals(Optional.of(ReceiptCheck.Problem.SIGNATURE_MISMATCH),
                ReceiptCheck.check(publicKey, text.replace("decision=approve", "decision=deny"), signature));
        assertEquals(Optional.of(ReceiptCheck.Problem.SIGNATURE_MISMATCH), ReceiptCheck.check(
                DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()), text, signature));
        assertEquals(Optional.of(ReceiptCheck.Problem.NOT_CANONICAL),
                ReceiptCheck.check(publicKey, text.replace("\n", "\r\n"), signature));
        assertEquals(Optional.of(ReceiptCheck.Problem.KEY_UNREADABLE), ReceiptCheck.check("not a key", text, signature));
        assertEquals(Optional.of(ReceiptCheck.Problem.SIGNATURE_MISMATCH),
                ReceiptCheck.checkCopy(kept(), text.replace("ACME 1234", "Mallory 666"), signature));
    }

    @Test
    void aCopySignedByTheSamePhoneForAnotherRequestIsNotThisReceipt() {
        DeviceMessage other = IbKeyMessages.decision("demo", "u.c", "challenge-2", "approve", null, "123456",
                "USD 250.00", "ACME 1234", "nonce-0123456789abcdef", Instant.ofEpochSecond(1_800_000_000L));
        String otherText = new String(other.canonicalBytes(), StandardCharsets.UTF_8);
        assertEquals(Optional.of(ReceiptCheck.Problem.NOT_THIS_RECEIPT),
                ReceiptCheck.checkCopy(kept(), otherText, DeviceSignatures.sign(keys.getPrivate(), other)));
        assertTrue(ReceiptCheck.check(publicKey, otherText, DeviceSignatures.sign(keys.getPrivate(), other)).isEmpty());
    }
}
