package dev.sls.ibkey.protocol.api;

/** {@code POST /registrations/{registrationId}/code}: the code the person received by SMS. */
public record ActivationSmsCode(String code) {
}
