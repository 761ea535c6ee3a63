package dev.sls.ibkey.protocol.api;

/** The push address was replaced: later notifications for this user go to it ({@code pushProvider} null: none). */
public record PushTokenUpdated(String deviceHandle, String pushProvider) {
}
