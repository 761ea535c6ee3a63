package dev.sls.ibkey.delivery.admin.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A temporary password delivered to the person's IB Key app, as the helpdesk sees it: never the password itself.
 *
 * @param deliveryId the delivery
 * @param state      {@code waiting} (may still be fetched), {@code fetched} (the app took it) or {@code expired}
 * @param createdAt  when the password was reset, ISO-8601
 * @param expiresAt  until when the app could fetch it, ISO-8601
 * @param fetchedAt  when the app fetched it, ISO-8601; absent unless fetched
 * @param issuedBy   the user name of whoever reset the password
 * @param deviceName the phone it was sealed to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PasswordDeliveryView(String deliveryId, String state, String createdAt, String expiresAt,
                                   String fetchedAt, String issuedBy, String deviceName) {
}
