package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST /devices/{deviceHandle}/push-token}: the phone's push address changed (FCM and APNs tokens
 * rotate). Signed over {@link dev.sls.ibkey.protocol.IbKeyMessages#updatePushToken}. Both null: the phone stops push
 * and polls.
 *
 * @param pushProvider sender id ({@code fcm}, {@code apns}, {@code webhook}) or null
 * @param pushToken    the new token for that provider, or null
 */
public record PushTokenUpdate(String pushProvider, String pushToken, String nonce, long time, String signature) {
}
