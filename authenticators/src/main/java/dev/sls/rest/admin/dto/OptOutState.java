package dev.sls.rest.admin.dto;

/**
 * A person's choice of "Secure Login not required for trading" as the helpdesk sees it: whether they opted out,
 * whether it is in effect (the realm still allows opting out), and when they chose it (epoch seconds, absent when they
 * did not opt out).
 */
public record OptOutState(boolean optedOut, boolean inEffect, Long since) {
}
