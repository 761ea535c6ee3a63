package dev.sls.ibkey.activation;

import dev.sls.binding.history.HistoryEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How an activation code came to be, carried with it to {@code POST /activations}: what the binding is (a first
 * activation or a recovery), how the person proved it, and the number the code went to by SMS (recorded on the new
 * key; none for a QR code, whose activation records the person's default verified number at that moment).
 *
 * @param proof short token for the device history: {@code qr}, {@code sms}, {@code sms+pin}, {@code sls-code-card}…
 */
public record ActivationOrigin(HistoryEvent event, String proof, Optional<String> number) {

    public static final ActivationOrigin QR = new ActivationOrigin(HistoryEvent.ACTIVATED, "qr", Optional.empty());

    public static ActivationOrigin sms(String e164) {
        return new ActivationOrigin(HistoryEvent.ACTIVATED, "sms", Optional.of(e164));
    }

    public static ActivationOrigin recovery(String proof, String e164OrNull) {
        return new ActivationOrigin(HistoryEvent.RECOVERED, proof, Optional.ofNullable(e164OrNull));
    }

    Map<String, String> notes() {
        Map<String, String> notes = new HashMap<>();
        notes.put("event", event.name());
        notes.put("proof", proof);
        number.ifPresent(n -> notes.put("number", n));
        return notes;
    }

    static ActivationOrigin of(Map<String, String> notes) {
        String event = notes.get("event");
        if (event == null) {
            return QR;
        }
        return new ActivationOrigin(HistoryEvent.valueOf(event), notes.getOrDefault("proof", "qr"),
                Optional.ofNullable(notes.get("number")));
    }
}
