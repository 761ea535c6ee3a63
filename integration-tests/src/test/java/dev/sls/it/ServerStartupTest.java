package dev.sls.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The drop-in jar, installed with kc.sh build as an admin would, loads cleanly and registers its providers. */
@ExtendWith(KeycloakExtension.class)
class ServerStartupTest {

    @Test
    void startupLogHasNoErrorsAndNoWarningsAboutOurProviders(KeycloakServer server) throws IOException {
        List<String> log = Files.readAllLines(server.logFile());
        int started = indexOfStartedLine(log);
        assertTrue(started > 0, "no 'Bootstrap completed' line in " + server.logFile());
        // Only start-up counts: later lines carry what the tests provoke on purpose.
        List<String> problems = log.subList(0, started).stream()
                .filter(line -> line.contains(" ERROR ") || (line.contains(" WARN ") && line.contains("dev.sls")))
                .toList();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static int indexOfStartedLine(List<String> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains("Bootstrap completed")) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void providersAreRegistered(KeycloakServer server, AdminClient admin) {
        JsonNode authenticators = admin.get("/sls-demo/authentication/authenticator-providers");
        assertTrue(authenticators.findValuesAsText("id").contains("sls-code-card-authenticator"), authenticators::toString);
        JsonNode actions = admin.get("/sls-demo/authentication/required-actions");
        assertTrue(actions.findValuesAsText("providerId").contains("sls-code-card-issue"), actions::toString);
        JsonNode info = admin.get(server.baseUrl() + "/admin/serverinfo");
        assertTrue(info.path("themes").path("login").findValuesAsText("name").contains("sls"), "sls login theme missing");
    }
}
