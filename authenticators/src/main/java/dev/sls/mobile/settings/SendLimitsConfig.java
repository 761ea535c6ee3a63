package dev.sls.mobile.settings;

import dev.sls.core.config.IntSetting;
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

    public static final IntSetting COOLDOWN = new IntSetting("sls.phone.resend-cooldown", "Resend cooldown (seconds)",
            "Seconds between two codes to the same person on one channel.", 0, 600, 30);
    public static final IntSetting PER_USER_HOUR = new IntSetting("sls.phone.max-per-user-hour",
            "Codes per user per hour", "SMS codes one user may receive in any hour.", 1, 100, 5);
    public static final IntSetting PER_USER_DAY = new IntSetting("sls.phone.max-per-user-day", "Codes per user per day",
            "SMS codes one user may receive in any 24 hours.", 1, 1000, 10);
    public static final IntSetting PER_NUMBER_DAY = new IntSetting("sls.phone.max-per-number-day",
            "Codes per number per day", "Codes (SMS and voice) one destination number may receive in any 24 hours,"
                    + " whoever asks.", 1, 1000, 10);
    public static final IntSetting PER_IP_HOUR = new IntSetting("sls.phone.max-per-ip-hour",
            "SMS codes per client IP per hour", "SMS codes requested from one client IP address in any hour (voice"
                    + " calls have their own cap),"
                    + " for all users together; stops SMS pumping with many usernames.", 1, 1000, 30);
    public static final IntSetting VOICE_PER_USER_DAY = new IntSetting("sls.phone.max-voice-per-user-day",
            "Voice calls per user per day", "Voice callbacks one user may receive in any 24 hours.", 1, 100, 3);
    public static final IntSetting VOICE_PER_IP_HOUR = new IntSetting("sls.phone.max-voice-per-ip-hour",
            "Voice calls per client IP per hour", "Voice callbacks requested from one client IP address in any hour.",
            1, 1000, 10);
    public static final IntSetting SENDS_PER_IP = new IntSetting("sls.phone.sends-per-ip",
            "Second-factor sends per client IP (10 min)", "Codes and pushes of every device together sent on requests"
                    + " from one client IP address in any ten minutes; shared with IB Key pushes.", 1, 1000,
            SecondFactorSends.DEFAULT_PER_CLIENT_IP);

    /** Every limit, in the order of the record's components. */
    public static final List<IntSetting> SETTINGS = List.of(COOLDOWN, PER_USER_HOUR, PER_USER_DAY, PER_NUMBER_DAY,
            PER_IP_HOUR, VOICE_PER_USER_DAY, VOICE_PER_IP_HOUR, SENDS_PER_IP);

    public static SendLimitsConfig from(Map<String, String> raw) {
        return new SendLimitsConfig(COOLDOWN.read(raw), PER_USER_HOUR.read(raw), PER_USER_DAY.read(raw),
                PER_NUMBER_DAY.read(raw), PER_IP_HOUR.read(raw), VOICE_PER_USER_DAY.read(raw),
                VOICE_PER_IP_HOUR.read(raw), SENDS_PER_IP.read(raw));
    }
}
