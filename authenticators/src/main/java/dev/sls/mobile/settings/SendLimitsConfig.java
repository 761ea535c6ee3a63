package dev.sls.mobile.settings;

import dev.sls.core.config.BoundedInt;
import dev.sls.core.limit.SecondFactorSends;
import java.util.List;
import java.util.Map;

/**
 * How many codes may be sent, each configurable: the resend cooldown, sends per user per hour and per day, per
 * destination number per day, per client IP per hour (SMS pumping: many usernames from one address), and voice
 * calls, which cost more, capped on their own.
 */
public record SendLimitsConfig(int cooldownSeconds, int perUserHour, int perUserDay, int perNumberDay, int perIpHour,
                               int voicePerUserDay, int voicePerIpHour, int sendsPerClientIp) {

    public static final String COOLDOWN = "sls.phone.resend-cooldown";
    public static final String PER_USER_HOUR = "sls.phone.max-per-user-hour";
    public static final String PER_USER_DAY = "sls.phone.max-per-user-day";
    public static final String PER_NUMBER_DAY = "sls.phone.max-per-number-day";
    public static final String PER_IP_HOUR = "sls.phone.max-per-ip-hour";
    public static final String VOICE_PER_USER_DAY = "sls.phone.max-voice-per-user-day";
    public static final String VOICE_PER_IP_HOUR = "sls.phone.max-voice-per-ip-hour";
    public static final String SENDS_PER_IP = "sls.phone.sends-per-ip";

    /** A setting's key, range and default. */
    public record Bound(String key, int min, int max, int fallback, String label, String help) {
    }

    public static final List<Bound> BOUNDS = List.of(
            new Bound(COOLDOWN, 0, 600, 30, "Resend cooldown (seconds)",
                    "Seconds between two codes to the same person on one channel (0-600)."),
            new Bound(PER_USER_HOUR, 1, 100, 5, "Codes per user per hour",
                    "SMS codes one user may receive in any hour (1-100)."),
            new Bound(PER_USER_DAY, 1, 1000, 10, "Codes per user per day",
                    "SMS codes one user may receive in any 24 hours (1-1000)."),
            new Bound(PER_NUMBER_DAY, 1, 1000, 10, "Codes per number per day",
                    "Codes (SMS and voice) one destination number may receive in any 24 hours, whoever asks (1-1000)."),
            new Bound(PER_IP_HOUR, 1, 1000, 30, "Codes per client IP per hour",
                    "Codes (SMS and voice) requested from one client IP address in any hour, for all users together;"
                            + " stops SMS pumping with many usernames (1-1000)."),
            new Bound(VOICE_PER_USER_DAY, 1, 100, 3, "Voice calls per user per day",
                    "Voice callbacks one user may receive in any 24 hours (1-100)."),
            new Bound(VOICE_PER_IP_HOUR, 1, 1000, 10, "Voice calls per client IP per hour",
                    "Voice callbacks requested from one client IP address in any hour (1-1000)."),
            new Bound(SENDS_PER_IP, 1, 1000, SecondFactorSends.DEFAULT_PER_CLIENT_IP,
                    "Second-factor sends per client IP (10 min)",
                    "Codes and pushes of every device together sent on requests from one client IP address in any ten"
                            + " minutes (1-1000); shared with IB Key pushes."));

    public static SendLimitsConfig from(Map<String, String> raw) {
        int[] v = new int[BOUNDS.size()];
        for (int i = 0; i < v.length; i++) {
            Bound b = BOUNDS.get(i);
            v[i] = BoundedInt.readOrDefault(raw, b.key(), b.min(), b.max(), b.fallback());
        }
        return new SendLimitsConfig(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }
}
