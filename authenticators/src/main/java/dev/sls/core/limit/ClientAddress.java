package dev.sls.core.limit;

import org.keycloak.common.ClientConnection;

/** The client IP that per-address limits count against. */
public final class ClientAddress {

    /**
     * The bucket for requests whose address Keycloak could not tell (a proxy header it could not parse): they all
     * share one, so garbage in the header never escapes a limit.
     */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(ClientConnection connection) {
        String address = connection == null ? null : connection.getRemoteAddr();
        return address == null || address.isBlank() ? UNKNOWN : address;
    }
}
