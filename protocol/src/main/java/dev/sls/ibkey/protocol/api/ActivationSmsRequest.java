package dev.sls.ibkey.protocol.api;

/**
 * {@code POST /registrations/{registrationId}/sms}: send the activation code by SMS, either to a verified number
 * ({@code numberRef} from {@link AppRegistration#numbers()}) or to a new number typed in the app ({@code newNumber},
 * with {@code region}, an ISO 3166 country code, for numbers typed without their country code).
 */
public record ActivationSmsRequest(String numberRef, String newNumber, String region) {
}
