package dev.sls.ibkey.push;

import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.MatchMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A login waiting for the phone's decision. {@code id} is what the phone and the push gateway see; {@code watchId} is
 * the browser's own secret to wait on, never sent anywhere else. Times are epoch seconds.
 */
public record PushChallenge(String id, String watchId, PushRequest request, long createdAt, long expiresAt,
                            PushMatch match, int slot) {

    public String deviceHandle() {
        return request.deviceHandle();
    }

    /** Everything the phone shows of this request (never the code of {@code code} mode). */
    public ChallengeContext shown(String realmName, String username) {
        return new ChallengeContext(id, realmName, username, request.clientId(), request.clientName(),
                request.ipAddress(), createdAt, expiresAt, match.mode().wire(), match.choices(), request.amount(),
                request.payee(), request.isCiba() ? ChallengeContext.KIND_CIBA : ChallengeContext.KIND_LOGIN,
                request.bindingMessage());
    }

    Map<String, String> toNotes() {
        Map<String, String> notes = new HashMap<>();
        notes.put("watchId", watchId);
        notes.put("realmId", request.realmId());
        notes.put("userId", request.userId());
        notes.put("deviceHandle", request.deviceHandle());
        notes.put("clientId", request.clientId());
        notes.put("clientName", request.clientName());
        notes.put("ipAddress", request.ipAddress());
        notes.put("loginRef", request.loginRef());
        if (request.amount() != null) {
            notes.put("amount", request.amount());
        }
        if (request.payee() != null) {
            notes.put("payee", request.payee());
        }
        if (request.bindingMessage() != null) {
            notes.put("bindingMessage", request.bindingMessage());
        }
        if (request.cibaRef() != null) {
            notes.put("cibaRef", request.cibaRef());
        }
        if (request.userAgent() != null) {
            notes.put("userAgent", request.userAgent());
        }
        notes.put("createdAt", Long.toString(createdAt));
        notes.put("expiresAt", Long.toString(expiresAt));
        notes.put("mode", match.mode().wire());
        if (match.code() != null) {
            notes.put("code", match.code());
        }
        if (match.number() != null) {
            notes.put("number", match.number().toString());
        }
        notes.put("choices", String.join(",", match.choices().stream().map(String::valueOf).toList()));
        notes.put("slot", Integer.toString(slot));
        return notes;
    }

    static PushChallenge fromNotes(String id, Map<String, String> notes) {
        PushRequest request = new PushRequest(notes.get("realmId"), notes.get("userId"), notes.get("deviceHandle"),
                notes.get("clientId"), notes.get("clientName"), notes.get("ipAddress"), notes.get("amount"),
                notes.get("payee"), notes.get("loginRef"), notes.get("userAgent"), notes.get("bindingMessage"),
                notes.get("cibaRef"));
        String choices = notes.getOrDefault("choices", "");
        PushMatch match = new PushMatch(MatchMode.fromWire(notes.get("mode")).orElseThrow(), notes.get("code"),
                notes.containsKey("number") ? Integer.valueOf(notes.get("number")) : null,
                choices.isEmpty() ? List.of() : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList());
        return new PushChallenge(id, notes.get("watchId"), request, Long.parseLong(notes.get("createdAt")),
                Long.parseLong(notes.get("expiresAt")), match, Integer.parseInt(notes.get("slot")));
    }
}
