package dev.sls.rest.admin.dto;

import java.util.List;

/**
 * A user as the helpdesk's search shows them: enough to tell people apart and to act on them, nothing more (no
 * attributes, no identity data, no secrets). {@code pendingActions} are the SLS required actions waiting for them
 * (e.g. {@code sls-dscplus-activate}). {@code phone} is their number masked (the one a phone search matched, else their
 * verified default), absent when they have none; {@code optOut} is absent when the opt-out capability is not installed.
 */
public record HelpdeskUser(String id, String username, String firstName, String lastName, String email,
                           boolean enabled, List<DeviceState> devices, List<String> pendingActions,
                           String phone, OptOutState optOut) {
}
