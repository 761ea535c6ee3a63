package dev.sls.rest.admin.dto;

/**
 * One of a person's SLS devices as the helpdesk sees it: its credential type (e.g. {@code sls-dsc-plus}) and its state
 * ({@code active}; a DSC+ card also {@code assigned} or {@code blocked}; a temporary access also {@code expired}).
 */
public record DeviceState(String type, String state) {
}
