package dev.sls.testkit.server;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locations the harness needs, as passed by Maven (surefire / exec:java) in system properties.
 *
 * @param keycloakHome unpacked Keycloak distribution ({@code sls.keycloak.home})
 * @param bundleJar    our drop-in provider jar ({@code sls.bundle.jar})
 * @param realmDir     realm JSON files to import; may be missing or empty ({@code sls.realm.dir})
 * @param workDir      scratch directory for logs ({@code sls.work.dir})
 */
public record HarnessSettings(Path keycloakHome, Path bundleJar, Path realmDir, Path workDir) {

    public static final String KEYCLOAK_HOME = "sls.keycloak.home";
    public static final String BUNDLE_JAR = "sls.bundle.jar";
    public static final String REALM_DIR = "sls.realm.dir";
    public static final String DEMO_DIR = "sls.demo.dir";
    public static final String WORK_DIR = "sls.work.dir";
    /** A second unpacked distribution, built for PostgreSQL, for the two-node cluster. */
    public static final String CLUSTER_HOME = "sls.cluster.keycloak.home";

    /** Reads and checks the system properties; fails with a message naming what is missing. */
    public static HarnessSettings fromSystemProperties() {
        Path home = requiredPath(KEYCLOAK_HOME);
        if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException(KEYCLOAK_HOME + "=" + home
                    + " is not an unpacked Keycloak distribution (no bin/kc.sh). Run `mvn generate-resources`"
                    + " in integration-tests first.");
        }
        Path jar = requiredPath(BUNDLE_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(BUNDLE_JAR + "=" + jar + " does not exist. Build the bundle"
                    + " module (`mvn install -DskipTests` at the repository root) first.");
        }
        return new HarnessSettings(home, jar, requiredPath(REALM_DIR), requiredPath(WORK_DIR));
    }

    /** The cluster's distribution, when the build unpacked one. */
    public static java.util.Optional<Path> clusterHome() {
        String value = System.getProperty(CLUSTER_HOME);
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        Path home = Path.of(value.trim()).toAbsolutePath().normalize();
        return Files.isRegularFile(home.resolve("bin").resolve("kc.sh")) ? java.util.Optional.of(home)
                : java.util.Optional.empty();
    }

    /** The directory of demo text files (banner etc.); only the demo launcher needs it. */
    public static Path demoDir() {
        return requiredPath(DEMO_DIR);
    }

    static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set. Run through Maven"
                    + " (surefire / -Pdemo) in the integration-tests module, or pass -D" + property + "=...");
        }
        return Path.of(value.trim()).toAbsolutePath().normalize();
    }
}
