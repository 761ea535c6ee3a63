package dev.sls.ibkey.protocol.api;

/**
 * The temporary password, sealed to the app's encryption key (HPKE, {@link dev.sls.ibkey.protocol.PasswordSeal}):
 * handed out once. The app opens it with its private key, {@code info} built from the realm and its user name and
 * the delivery id as associated data.
 *
 * @param deliveryId the delivery (the AEAD associated data, UTF-8)
 * @param suite      {@link dev.sls.ibkey.protocol.PasswordSeal#SUITE}
 * @param enc        HPKE encapsulated key, Base64url
 * @param ciphertext the sealed password with its tag, Base64url
 * @param createdAt  when Client Services reset the password, ISO-8601
 * @param expiresAt  until when it could be fetched, ISO-8601
 */
public record SealedPassword(String deliveryId, String suite, String enc, String ciphertext, String createdAt,
                             String expiresAt) {
}
