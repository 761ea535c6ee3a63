package dev.sls.testkit;

import dev.sls.testkit.server.HarnessSettings;
import dev.sls.testkit.server.KeycloakCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the two-node cluster ({@link KeycloakCluster}) once for the whole run, on first use, and stops it at the end.
 * Resolves parameters of type {@link KeycloakCluster}. Without PostgreSQL on the machine the cluster tests are
 * skipped, except where the environment sets {@value #REQUIRED} (CI does), where they fail instead.
 */
public final class ClusterExtension implements BeforeAllCallback, ParameterResolver {

    public static final String REQUIRED = "SLS_REQUIRE_CLUSTER";
    private static final Namespace NAMESPACE = Namespace.create(ClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!KeycloakCluster.canRun() && System.getenv(REQUIRED) == null) {
            Assumptions.abort("no PostgreSQL under /usr/lib/postgresql (Debian's postgresql package): cluster tests"
                    + " skipped");
        }
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).cluster();
    }

    private static Running running(ExtensionContext context) {
        Running running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> Running.start(),
                Running.class);
        if (running.failure() != null) {
            throw new IllegalStateException("the cluster did not start: " + running.failure().getMessage(),
                    running.failure());
        }
        return running;
    }

    private record Running(KeycloakCluster cluster, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                KeycloakCluster cluster = KeycloakCluster.start(HarnessSettings.fromSystemProperties());
                System.out.println("[sls-it] two-node cluster ready at " + cluster.node(0).baseUrl() + " and "
                        + cluster.node(1).baseUrl() + " in " + cluster.startupTime().toMillis() + " ms");
                return new Running(cluster, null);
            } catch (RuntimeException e) {
                return new Running(null, e);
            }
        }

        @Override
        public void close() {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
