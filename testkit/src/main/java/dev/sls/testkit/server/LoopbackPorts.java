package dev.sls.testkit.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers for servers bound to 127.0.0.1. */
public final class LoopbackPorts {

    private static final InetAddress LOOPBACK = loopback();

    private LoopbackPorts() {
    }

    /** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot find a free loopback port", e);
        }
    }

    /** {@code port} itself, or a free port if it is 0; fails if a non-zero port is already taken. */
    public static int resolve(int port, String purpose) {
        if (port == 0) {
            return free();
        }
        // Without this check a server already listening there would answer our readiness probe.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return port;
        } catch (IOException e) {
            throw new IllegalStateException(purpose + " port " + port + " on 127.0.0.1 is already in use"
                    + " (another Keycloak still running?). Choose another port or stop that process.", e);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
