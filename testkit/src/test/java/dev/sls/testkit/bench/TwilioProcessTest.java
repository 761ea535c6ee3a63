package dev.sls.testkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's local Twilio runs in a JVM of its own and tells the driver what a number received. */
class TwilioProcessTest {

    @Test
    void aTextSentToTheOtherJvmIsReadBackAndItsCpuIsItsOwn() throws Exception {
        try (TwilioProcess twilio = TwilioProcess.start()) {
            String body = "To=%2B12025550123&From=%2B15005550006&Body=Code+123456%0Aexpires+in+5+minutes.";
            HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            twilio.baseUrl() + "/2010-04-01/Accounts/AC1/Messages.json"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "AC1:token".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, sent.statusCode(), sent.body());
            assertEquals(List.of("Code 123456\nexpires in 5 minutes."), twilio.messagesTo("+12025550123"));
            assertEquals(List.of(), twilio.messagesTo("+12025550199"));
            assertTrue(twilio.cpuSeconds() > 0, "the other JVM's CPU is measured: " + twilio.cpuSeconds());
        }
    }
}
