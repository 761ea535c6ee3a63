package dev.sls.sharing.admin.dto;

/** {@code POST sharing/requests/{user}/reject}: why (1 to 200 characters; the requester is told only "rejected"). */
public record ShareRejection(String reason) {
}
