package dev.sls.ibkey.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.ActivationQrTest;
import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.ibkey.app.StubIbKeyServer;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IbKeyCliTest {

    private final StubIbKeyServer server = new StubIbKeyServer("demo");

    @TempDir
    Path dir;

    private String out;
    private String err;

    IbKeyCliTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int cli(String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = IbKeyCli.run(args, dir.resolve("state.json"),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), null);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private IbKeyUser user(String username) throws Exception {
        return IbKeyApp.load(dir.resolve("state.json")).user("demo", username).orElseThrow();
    }

    @Test
    void activateApproveAndRespondLikeAPerson() throws Exception {
        assertEquals(0, cli("", "activate", "--server", server.url(), "--realm", "demo",
                "--code", server.newCode("alice"), "--pin", "k7#q", "--device-name", "My laptop"));
        assertTrue(out.contains("activated demo/alice"), out);
        assertTrue(err.contains("created"), err);
        assertEquals(0, cli("", "users"));
        assertTrue(out.contains("My laptop") && out.contains("demo/alice") && out.contains("with app PIN"), out);

        IbKeyUser alice = user("alice");
        String id = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, "EUR 5.00");
        assertEquals(0, cli("", "pending"));
        assertTrue(out.contains(id), out);
        assertEquals(0, cli("", "show", id, "--user", "demo/alice"));
        assertTrue(out.contains("12  47  85") && out.contains("EUR 5.00"), out);
        assertEquals(1, cli("", "approve", id, "--number", "12"));
        assertTrue(out.contains("number-mismatch"), out);

        String second = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, null);
        assertEquals(0, cli("", "approve", second, "--number=47"));
        assertEquals("approved", out.strip());
        assertEquals(1, cli("", "deny", second));
        assertTrue(err.startsWith("server refused: challenge_already_decided: "), err);

        String coded = server.addCodeChallenge(alice.deviceHandle(), "730215");
        assertEquals(0, cli("", "approve", "--code", "730 215"));
        assertEquals("approved", out.strip());
        assertEquals("approved", server.challenges.get(coded).status);

        assertEquals(0, cli("", "respond", "1234 5678", "--pin", "k7#q"));
        assertEquals(IbKeyApp.load(dir.resolve("state.json")).respond(alice, "12345678", "k7#q"), out.strip());
        assertEquals(0, cli("k7#q\n", "respond", "12345678"));
        assertTrue(out.strip().endsWith(IbKeyApp.load(dir.resolve("state.json")).respond(alice, "12345678", "k7#q")));
    }

    @Test
    void denyNotMeSignsItsReasonAndNoOtherReasonIsTaken() throws Exception {
        assertEquals(0, cli("", "activate", "--server", server.url(), "--realm", "demo",
                "--code", server.newCode("alice"), "--pin", "k7#q"));
        IbKeyUser alice = user("alice");
        String id = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, "EUR 5.00");
        assertEquals(2, cli("", "deny", id, "--reason", "bored"));
        assertTrue(err.contains("--reason takes only not_me"), err);
        assertEquals(0, cli("", "deny", id, "--reason", "not_me"));
        assertEquals("denied", out.strip());
        // The stub checked the signature over the message with x-reason; the body says it too.
        assertTrue(server.last().body().contains("\"reason\":\"not_me\""), server.last().body());
        String plain = server.addChallenge(alice.deviceHandle(), List.of(12, 47, 85), 47, null);
        assertEquals(0, cli("", "deny", plain));
        assertTrue(!server.last().body().contains("not_me"), server.last().body());
    }

    @Test
    void activateFromAQrPictureAndPickAUserAmongSeveral() throws Exception {
        Path png = dir.resolve("qr.png");
        Files.write(png, ActivationQrTest.qrPng(new ActivationUri(server.url(), "demo",
                ActivationCode.parse(server.newCode("bob")).orElseThrow()).format()));
        assertEquals(0, cli("", "activate", "--qr", png.toString(), "--platform", "ios"));
        assertEquals(0, cli("", "activate", "--server", server.url(), "--realm", "demo", "--code",
                server.newCode("carol")));
        assertEquals(2, cli("", "pending"));
        assertTrue(err.contains("demo/bob, demo/carol"), err);
        assertEquals(0, cli("", "pending", "--user", "demo/carol"));
        assertTrue(out.contains("no pending challenges for demo/carol"), out);
        assertEquals(1, cli("", "pending", "--user", "demo/dave"));
        assertTrue(err.contains("no user demo/dave"), err);
    }

    @Test
    void watchAsksAboutEachNewChallenge() throws Exception {
        assertEquals(0, cli("", "activate", "--server", server.url(), "--realm", "demo",
                "--code", server.newCode("alice"), "--pin", "k7#q"));
        IbKeyUser alice = user("alice");
        String first = server.addChallenge(alice.deviceHandle(), List.of(3, 5, 8), 5, null);
        int[] exit = {-1};
        Thread watch = new Thread(() -> exit[0] = cli("a\n9\n5\n", "watch", "--interval", "1"));
        watch.start();
        long deadline = System.currentTimeMillis() + 15_000;
        while (!pollAfterDecision() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        watch.interrupt();
        watch.join(15_000);
        assertEquals(0, exit[0]);
        assertEquals("approved", server.challenges.get(first).status);
        assertTrue(out.contains("3  5  8") && out.contains("type one of [3, 5, 8]") && out.contains("approved"), out);
    }

    /** The watch loop polled again after its decision, so it has printed the outcome. */
    private boolean pollAfterDecision() {
        List<StubIbKeyServer.Recorded> requests = List.copyOf(server.requests);
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).method().equals("POST") && requests.get(i).rawPath().endsWith("/decision")) {
                return requests.subList(i + 1, requests.size()).stream().anyMatch(r -> r.method().equals("GET"));
            }
        }
        return false;
    }

    @Test
    void aWrongCommandLineLeavesNoStateFileBehind() {
        assertEquals(2, cli("", "approve", "one", "two"));
        assertEquals(2, cli("", "activate", "--qr", "x.png", "--code", "ABC"));
        assertEquals(2, cli("", "users", "--bogus", "1"));
        assertEquals(1, cli("", "pending"));
        assertTrue(Files.notExists(dir.resolve("state.json")), "nothing is written before an activation");
    }

    @Test
    void aQrPictureMayComeWithTheServerAndRealmItNames() throws Exception {
        Path png = dir.resolve("qr.png");
        Files.write(png, ActivationQrTest.qrPng(new ActivationUri(server.url(), "demo",
                ActivationCode.parse(server.newCode("bob")).orElseThrow()).format()));
        assertEquals(1, cli("", "activate", "--server", server.url(), "--realm", "other", "--qr", png.toString(),
                "--pin", "k7#q"));
        assertTrue(err.contains("the QR code is for realm demo, not other"), err);
        assertEquals(0, cli("", "activate", "--server", server.url() + "/", "--realm", "demo", "--qr", png.toString(),
                "--pin", "k7#q", "--device-name", "Bob's laptop"));
        assertTrue(out.contains("activated demo/bob"), out);
        assertTrue(server.requests.get(server.requests.size() - 1).body().contains("\"deviceName\":\"Bob's laptop\""),
                "the phone sends its own name");
    }

    @Test
    void usageAndLocalRefusalsHaveTheirExitCodes() {
        assertEquals(0, cli("", "help"));
        assertTrue(out.contains("activate --qr FILE"));
        assertEquals(2, cli("", "frobnicate"));
        assertEquals(2, cli("", "approve", "one", "two"));
        assertEquals(2, cli("", "activate", "--qr"));
        assertEquals(2, cli("", "activate", "--qr", "x.png", "--code", "ABC"));
        assertEquals(2, cli("", "users", "--bogus", "1"));
        assertEquals(1, cli("", "pending"));
        assertTrue(err.contains("no users on this app yet"), err);
        assertEquals(1, cli("", "activate", "--server", server.url(), "--realm", "demo", "--code",
                server.newCode("alice"), "--pin", "1111"));
        assertTrue(err.contains("PIN refused") && err.contains("repeated"), err);
        assertEquals(1, cli("", "activate", "--server", server.url(), "--realm", "demo", "--code",
                "0000-0000-00-1", "--pin", "k7#q"));
        assertTrue(err.contains("last symbol does not match"), "a bad check symbol is not called a wrong length: " + err);
        assertEquals(1, cli("", "activate", "--server", server.url(), "--realm", "demo", "--code",
                "0000-0000-00", "--pin", "k7#q"));
        assertTrue(err.contains("wrong length"), err);
        assertEquals(1, cli("", "activate", "--qr", dir.resolve("missing.png").toString(), "--pin", "k7#q"));
        assertTrue(err.contains("no such file"), err);
    }

    @Test
    void approveFromASavedNotificationIsOneRequest() throws Exception {
        assertEquals(0, cli("", "activate", "--server", server.url(), "--realm", "demo",
                "--code", server.newCode("carol"), "--pin", "k7#q"));
        IbKeyUser carol = user("carol");
        String id = server.addCodeChallenge(carol.deviceHandle(), "730215");
        Path push = dir.resolve("push.json");
        Files.writeString(push, "{\"type\":\"sls-ibkey-challenge\",\"realm\":\"demo\",\"challengeId\":\"" + id
                + "\",\"request\":{\"challengeId\":\"" + id + "\",\"realm\":\"demo\",\"username\":\"carol\","
                + "\"clientId\":\"demo-app\",\"clientName\":\"Demo bank\",\"ipAddress\":\"203.0.113.7\","
                + "\"createdAt\":1,\"expiresAt\":91,\"matchMode\":\"code\",\"numberChoices\":[],\"kind\":\"login\"}}");
        int before = server.requests.size();
        assertEquals(0, cli("", "approve", "--push", push.toString(), "--code", "730 215"));
        assertTrue(out.contains("Demo bank") && out.strip().endsWith("approved"), out);
        assertEquals(List.of("POST"), server.requests.stream().skip(before).map(r -> r.method()).toList(),
                "the decision only: nothing listed or read");

        Files.writeString(push, "{\"type\":\"something-else\"}");
        assertEquals(2, cli("", "approve", "--push", push.toString(), "--code", "730215"));
        assertTrue(err.contains("not an IB Key notification"), err);
    }
}
