package dev.sls.ibkey.push;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A login waiting for the phone's decision. Times are epoch seconds. {@code number} is the number shown in the
 * browser (null without number matching); {@code choices} what the phone offers; {@code amount} an optional amount
 * the phone shows and signs.
 */
public record PushChallenge(String id, String realmId, String userId, String deviceHandle, String clientId,
                            String clientName, String ipAddress, long createdAt, long expiresAt, Integer number,
                            List<Integer> choices, String amount, int slot, String loginRef) {

    Map<String, String> toNotes() {
        Map<String, String> notes = new HashMap<>();
        notes.put("realmId", realmId);
        notes.put("userId", userId);
        notes.put("deviceHandle", deviceHandle);
        notes.put("clientId", clientId);
        notes.put("clientName", clientName);
        notes.put("ipAddress", ipAddress);
        notes.put("createdAt", Long.toString(createdAt));
        notes.put("expiresAt", Long.toString(expiresAt));
        if (number != null) {
            notes.put("number", number.toString());
        }
        notes.put("choices", String.join(",", choices.stream().map(String::valueOf).toList()));
        if (amount != null) {
            notes.put("amount", amount);
        }
        notes.put("slot", Integer.toString(slot));
        notes.put("loginRef", loginRef);
        return notes;
    }

    static PushChallenge fromNotes(String id, Map<String, String> notes) {
        String choices = notes.getOrDefault("choices", "");
        return new PushChallenge(id, notes.get("realmId"), notes.get("userId"), notes.get("deviceHandle"),
                notes.get("clientId"), notes.get("clientName"), notes.get("ipAddress"),
                Long.parseLong(notes.get("createdAt")), Long.parseLong(notes.get("expiresAt")),
                notes.containsKey("number") ? Integer.valueOf(notes.get("number")) : null,
                choices.isEmpty() ? List.of() : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList(),
                notes.get("amount"), Integer.parseInt(notes.get("slot")), notes.get("loginRef"));
    }
}
