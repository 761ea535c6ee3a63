package dev.sls.ibkey.push.sender;

import java.util.Map;

/** Notifications and small helpers shared by the sender tests. */
final class PushTestData {

    static final String FCM_TOKEN = "fcm-registration-token:APA91bH-test";
    static final String APNS_TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private PushTestData() {
    }

    static PushNotification notification(String pushToken) {
        return new PushNotification("acme", "chal-7", "device-9", pushToken,
                "Sign-in request", "Approve the login on your IB Key", Map.of("locale", "en"));
    }

    /** A port nothing listens on: bound once, then released. */
    static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
