package dev.sls.testkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prepares an unpacked Keycloak distribution the way an administrator would: provider jar into
 * {@code providers/}, realm files into {@code data/import/}, then {@code kc.sh build}.
 */
final class KeycloakDistribution {

    static final String PROVIDER_FILE_NAME = "sls-keycloak.jar";

    /**
     * Build-time options of the single node. In 26.x {@code --cache} is a run-time option, so it is passed at start. A
     * file vault holds the secrets realm settings refer to as {@code ${vault.<key>}} (its directory is a run-time
     * option).
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--health-enabled=true", "--vault=file",
            KeycloakDistribution.CIBA_CHANNEL);
    /** CIBA requests go to the person's IB Key (one channel per server, chosen at build time). */
    static final String CIBA_CHANNEL = "--spi-ciba-auth-channel--provider=sls-ibkey";

    private static final long BUILD_TIMEOUT_MINUTES = 10;
    static final String DSC_PLUS_SEED_KEY_ENV = "KC_SPI_CREDENTIAL__SLS_DSC_PLUS__SEED_KEY";
    private static final String DSC_PLUS_SEED_KEY = randomKey();

    private final HarnessSettings settings;
    private final Path home;
    private final List<String> buildOptions;

    KeycloakDistribution(HarnessSettings settings) {
        this(settings, settings.keycloakHome(), BUILD_OPTIONS);
    }

    /** A distribution unpacked at {@code home} (e.g. the cluster's own copy), built with {@code buildOptions}. */
    KeycloakDistribution(HarnessSettings settings, Path home, List<String> buildOptions) {
        this.settings = settings;
        this.home = home;
        this.buildOptions = List.copyOf(buildOptions);
    }

    Path home() {
        return home;
    }

    /** The file vault: one file {@code <realm>_<key>} per secret. */
    Path vaultDir() {
        return settings.workDir().resolve("vault");
    }

    /** Copies the provider jar into {@code providers/}, replacing any earlier copy of it. */
    void installBundle() throws IOException {
        Path providers = Files.createDirectories(home().resolve("providers"));
        try (Stream<Path> files = Files.list(providers)) {
            for (Path old : (Iterable<Path>) files::iterator) {
                String name = old.getFileName().toString();
                if (name.startsWith("sls-keycloak") && name.endsWith(".jar")) {
                    Files.delete(old);
                }
            }
        }
        Files.copy(settings.bundleJar(), providers.resolve(PROVIDER_FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces the contents of {@code data/import/} with the realm files; returns their names. */
    List<String> stageRealms() throws IOException {
        Path importDir = home().resolve("data").resolve("import");
        deleteRecursively(importDir);
        Files.createDirectories(importDir);
        List<String> staged = new ArrayList<>();
        Path realmDir = settings.realmDir();
        if (!Files.isDirectory(realmDir)) {
            return staged;
        }
        try (Stream<Path> files = Files.list(realmDir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".json")) {
                    Files.copy(file, importDir.resolve(file.getFileName()));
                    staged.add(file.getFileName().toString());
                }
            }
        }
        return staged;
    }

    /** Runs {@code kc.sh build}; output goes to {@code log}. */
    void build(Path javaHome, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(kcCommand("build"));
        command.addAll(buildOptions);
        ProcessBuilder builder = processBuilder(command, javaHome)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("kc.sh build did not finish within " + BUILD_TIMEOUT_MINUTES
                    + " minutes. Log " + log + ":\n" + LogTail.lastLines(log, 60));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kc.sh build failed with exit code " + process.exitValue()
                    + ". Log " + log + ":\n" + LogTail.lastLines(log, 60));
        }
    }

    /** {@code sh bin/kc.sh <verb>}; going through sh means a lost executable bit does not matter. */
    List<String> kcCommand(String verb) {
        return List.of("/bin/sh", home().resolve("bin").resolve("kc.sh").toString(), verb);
    }

    ProcessBuilder processBuilder(List<String> command, Path javaHome) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home().toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.remove("JAVA"); // kc.sh prefers $JAVA over $JAVA_HOME
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // The DSC+ seed key (server option spi-credential--sls-dsc-plus--seed-key) as an admin would give it:
        // outside the database. Random per run; the harness database lives no longer than the server.
        env.put(DSC_PLUS_SEED_KEY_ENV, DSC_PLUS_SEED_KEY);
        return builder;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
