package dev.sls.dscplus.admin.dto;

/** {@code POST dscplus/cards/{id}/block} and {@code .../return}: an optional reason (at most 200 characters). */
public record CardReasonRequest(String reason) {
}
