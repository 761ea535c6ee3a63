package dev.sls.ibkey.receipt.admin.dto;

import java.util.Map;

/**
 * What the phone signed, read from the kept canonical message: its decision, its clock, the login request and every
 * extra field it bound in (amount, payee, code or number, reason, a CIBA binding message...), by their signed names.
 */
public record SignedDecision(String decision, String signedAt, String challengeId, String deviceHandle,
                             Map<String, String> fields) {
}
