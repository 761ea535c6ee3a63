package dev.sls.testkit;

import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Keycloak (free ports, pack installed, realms imported) for the whole test run and stops
 * it after the last test. Resolves constructor, lifecycle and test method parameters of type
 * {@link KeycloakServer} and {@link AdminClient}:
 *
 * <pre>{@code
 * @ExtendWith(KeycloakExtension.class)
 * class LoginTest {
 *     @Test void logsIn(KeycloakServer server, AdminClient admin) { ... }
 * }
 * }</pre>
 *
 * If start-up fails, the failure is remembered and reported to every later test class instead of
 * starting Keycloak again.
 */
public final class KeycloakExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(KeycloakExtension.class);
    private static final String KEY = "server";

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KeycloakServer.class || type == AdminClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == KeycloakServer.class) {
            return running.server();
        }
        if (type == AdminClient.class) {
            return running.admin();
        }
        throw new ParameterResolutionException("Unsupported parameter type " + type);
    }

    /** The shared server of this run, starting it on first use. */
    public static KeycloakServer server(ExtensionContext context) {
        return running(context).server();
    }

    private static Running running(ExtensionContext context) {
        Running running = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> Running.start(), Running.class);
        running.rethrowStartFailure();
        return running;
    }

    /** Store entry; JUnit closes it when the root context (the whole run) ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private final KeycloakServer server;
        private final AdminClient admin;
        private final RuntimeException startFailure;

        private Running(KeycloakServer server, RuntimeException startFailure) {
            this.server = server;
            this.admin = server == null ? null : AdminClient.forServer(server);
            this.startFailure = startFailure;
        }

        static Running start() {
            try {
                KeycloakServer server = KeycloakServer.start(0, 0);
                System.out.println("[sls-it] Keycloak ready at " + server.baseUrl() + " in "
                        + server.startupTime().toMillis() + " ms; log " + server.logFile());
                return new Running(server, null);
            } catch (RuntimeException e) {
                return new Running(null, e);
            }
        }

        void rethrowStartFailure() {
            if (startFailure != null) {
                throw new IllegalStateException("Keycloak did not start: " + startFailure.getMessage(), startFailure);
            }
        }

        KeycloakServer server() {
            return server;
        }

        AdminClient admin() {
            return admin;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
