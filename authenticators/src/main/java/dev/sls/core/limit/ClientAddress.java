package dev.sls.core.limit;

import org.keycloak.common.ClientConnection;

/**
 * The client IP that per-address limits count against: the address Keycloak reports for the connection, after its own
 * proxy handling. That is the connecting address unless Keycloak runs with {@code --proxy-headers} and the request came
 * from one of its {@code --proxy-trusted-addresses}; never a header this class reads itself (docs/admin/proxy.md).
 */
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
