package dev.sls.testkit.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Keycloak (feature version 21 or newer), independent of the JDK running
 * Maven and the tests.
 */
public final class JavaRuntimes {

    public static final int REQUIRED_FEATURE_VERSION = 21;
    public static final String JAVA_PROPERTY = "sls.keycloak.java";
    public static final String JAVA_ENV = "SLS_KEYCLOAK_JAVA_HOME";

    private static final List<Path> SCAN_ROOTS = List.of(
            Path.of("/usr/lib/jvm"),
            Path.of("/usr/java"),
            Path.of("/opt/java"),
            Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java"),
            Path.of("/Library/Java/JavaVirtualMachines"));

    private JavaRuntimes() {
    }

    /**
     * Returns the home directory of a JDK with feature version ≥ 21. Order: system property
     * {@value #JAVA_PROPERTY}, environment variable {@value #JAVA_ENV}, the running JVM,
     * {@code JAVA_HOME}, then the highest suitable JDK found under the usual install roots.
     *
     * @throws IllegalStateException if none is found
     */
    public static Path findJdk21() {
        Optional<Path> explicit = explicitChoice();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (Runtime.version().feature() >= REQUIRED_FEATURE_VERSION) {
            return Path.of(System.getProperty("java.home"));
        }
        Path best = null;
        int bestVersion = 0;
        for (Path candidate : candidates()) {
            int version = featureVersion(candidate);
            if (version >= REQUIRED_FEATURE_VERSION && version > bestVersion && hasJavaBinary(candidate)) {
                best = candidate;
                bestVersion = version;
            }
        }
        if (best == null) {
            throw new IllegalStateException("Keycloak needs Java " + REQUIRED_FEATURE_VERSION
                    + " or newer, but this JVM is Java " + Runtime.version().feature()
                    + " and no JDK >= " + REQUIRED_FEATURE_VERSION + " was found in JAVA_HOME or under "
                    + SCAN_ROOTS + ". Install one (e.g. `apt-get install openjdk-21-jdk-headless` or a"
                    + " Temurin 21/25 JDK) or point -D" + JAVA_PROPERTY + "=<jdk home> or "
                    + JAVA_ENV + " at it.");
        }
        return best;
    }

    private static Optional<Path> explicitChoice() {
        String value = System.getProperty(JAVA_PROPERTY);
        String source = "-D" + JAVA_PROPERTY;
        if (isBlank(value)) {
            value = System.getenv(JAVA_ENV);
            source = JAVA_ENV;
        }
        if (isBlank(value)) {
            return Optional.empty();
        }
        Path home = Path.of(value.trim());
        if (!hasJavaBinary(home)) {
            throw new IllegalStateException(source + " points at " + home + ", which has no bin/java");
        }
        int version = featureVersion(home);
        if (version != 0 && version < REQUIRED_FEATURE_VERSION) {
            throw new IllegalStateException(source + " points at Java " + version + " (" + home
                    + "); Keycloak needs Java " + REQUIRED_FEATURE_VERSION + " or newer");
        }
        return Optional.of(home);
    }

    private static List<Path> candidates() {
        Set<Path> unique = new LinkedHashSet<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (!isBlank(javaHome)) {
            addReal(unique, Path.of(javaHome.trim()));
        }
        for (Path root : SCAN_ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                children.forEach(child -> {
                    addReal(unique, child);
                    addReal(unique, child.resolve("Contents").resolve("Home")); // macOS bundle layout
                });
            } catch (IOException e) {
                // an unreadable root just contributes no candidates
            }
        }
        return new ArrayList<>(unique);
    }

    private static void addReal(Set<Path> into, Path dir) {
        if (Files.isDirectory(dir)) {
            try {
                into.add(dir.toRealPath());
            } catch (IOException e) {
                into.add(dir.toAbsolutePath().normalize());
            }
        }
    }

    /** Feature version from the JDK's {@code release} file, or 0 if it cannot be read. */
    static int featureVersion(Path jdkHome) {
        Path release = jdkHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return parseFeature(line.substring("JAVA_VERSION=".length()).replace("\"", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static int parseFeature(String version) {
        String[] parts = version.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        // Java 8 and older report "1.8.0_x"
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    private static boolean hasJavaBinary(Path home) {
        return Files.isExecutable(home.resolve("bin").resolve("java"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
