package dev.sls.ibkey.receipt.admin.dto;

/**
 * The result of checking a receipt again: {@code valid} when the kept public key signed the message; else
 * {@code problem} says why ({@code not_canonical}, {@code key_unreadable}, {@code signature_mismatch},
 * {@code not_this_receipt}).
 */
public record ReceiptVerification(String receiptId, boolean valid, String problem, String checkedAt) {
}
