package dev.sls.testkit.server;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.demo.DscPlusDemo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs Keycloak with the pack and demo realm until Ctrl-C ({@code mvn -Pdemo -DskipTests verify}).
 * Ports come from {@code SLS_DEMO_PORT} (default 8080) and {@code SLS_DEMO_MANAGEMENT_PORT} (default 9000).
 */
public final class DemoServer {

    private DemoServer() {
    }

    public static void main(String[] args) {
        int httpPort = portFromEnv("SLS_DEMO_PORT", 8080);
        int managementPort = portFromEnv("SLS_DEMO_MANAGEMENT_PORT", 9000);
        System.out.println("Starting Keycloak with the SLS pack on port " + httpPort
                + " (about a minute on an idle machine, up to four on a loaded 2-core one: kc.sh build, then start)...");
        // The shutdown hook registered by KeycloakServer stops it on Ctrl-C. No proxy stands in front of the demo, so
        // it trusts no X-Forwarded-For: per-address limits key on the address that connected (docs/admin/proxy.md).
        KeycloakServer server = KeycloakServer.startWithoutProxy(httpPort, managementPort);
        AdminClient admin = AdminClient.forServer(server);
        DscPlusDemo.provision(server, admin);
        admin.deleteSlsAdminClient();
        System.out.println(banner(server));
        System.out.println(" Server log: " + server.logFile());
        System.out.println(" Started in " + server.startupTime().toSeconds() + " s.");
        System.out.flush();

        int exitCode;
        try {
            exitCode = server.waitForExit();
        } catch (InterruptedException e) {
            server.close();
            return;
        }
        if (server.isStopRequested()) {
            return; // Ctrl-C: the shutdown hook is stopping it; calling System.exit here would deadlock
        }
        System.err.println("Keycloak stopped by itself (exit code " + exitCode + "). See " + server.logFile());
        System.exit(exitCode == 0 ? 1 : exitCode);
    }

    static String banner(KeycloakServer server) {
        Path file = bannerFile();
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).replace("${baseUrl}", server.baseUrl());
            } catch (IOException e) {
                System.err.println("Could not read " + file + ": " + e);
            }
        }
        return String.join(System.lineSeparator(),
                "",
                " Keycloak with the SLS pack is up.",
                "   Base URL:      " + server.baseUrl(),
                "   Admin console: " + server.baseUrl() + "/admin/   (admin / admin)",
                "   Health:        " + server.managementUrl() + "/health/ready",
                " Stop with Ctrl-C.");
    }

    private static Path bannerFile() {
        String demoDir = System.getProperty(HarnessSettings.DEMO_DIR);
        return demoDir == null || demoDir.isBlank() ? null : Path.of(demoDir.trim(), "banner.txt");
    }

    private static int portFromEnv(String name, int fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), got '" + value + "'");
        }
    }
}
