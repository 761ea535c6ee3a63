package dev.sls.ibkey.receipt.admin.dto;

import java.util.List;

/** A person's receipts still kept, newest first. */
public record ReceiptList(String userId, String username, int retentionDays, List<ReceiptView> receipts) {
}
