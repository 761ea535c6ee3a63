package dev.sls.withdrawal.admin.dto;

import java.util.Map;

/**
 * {@code PUT withdrawal/settings}: every {@code sls.withdrawal.*} realm attribute the realm is to have (the others
 * are removed), each a string; also the answer, with the attributes saved.
 */
public record WithdrawalAttributes(Map<String, String> attributes) {
}
