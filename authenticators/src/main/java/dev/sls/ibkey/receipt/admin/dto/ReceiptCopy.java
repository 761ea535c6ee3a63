package dev.sls.ibkey.receipt.admin.dto;

/** A copy of a receipt presented as evidence: the canonical message and the signature it claims. */
public record ReceiptCopy(String message, String signature) {
}
