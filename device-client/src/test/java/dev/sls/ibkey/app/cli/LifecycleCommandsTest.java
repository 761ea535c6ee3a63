package dev.sls.ibkey.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.ibkey.app.ActivationQrTest;
import dev.sls.ibkey.app.TransferQr;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import dev.sls.ibkey.protocol.TransferUri;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The life-cycle commands' command lines and the transfer QR code, without a server. */
class LifecycleCommandsTest {

    @TempDir
    Path dir;

    private String err;

    private int cli(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = IbKeyCli.run(args, dir.resolve("state.json"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), null);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void theHelpListsTheLifeCycleCommands() {
        assertTrue(Usage.TEXT.contains("transfer-offer") && Usage.TEXT.contains("transfer-accept --qr FILE")
                && Usage.TEXT.contains("update-push-token") && Usage.TEXT.contains("remove-user"));
    }

    @Test
    void wrongCommandLinesAreUsageErrorsAndWriteNothing() {
        assertEquals(2, cli("update-push-token", "--token", "t"));
        assertEquals(2, cli("update-push-token", "--provider", "none", "--token", "t"));
        assertEquals(2, cli("update-push-token", "--provider", "fcm"));
        assertEquals(2, cli("transfer-accept", "--pin", "k7#q"));
        assertEquals(2, cli("transfer-offer", "--qr", "x.png"));
        assertEquals(1, cli("remove-user"), "no users yet");
        assertTrue(err.contains("no users on this app"), err);
        assertFalse(Files.exists(dir.resolve("state.json")));
    }

    @Test
    void anActivationQrCodeIsNotATransfer() throws Exception {
        ActivationUri activation = new ActivationUri("http://127.0.0.1:1", "demo",
                ActivationCode.random(new SecureRandom()));
        byte[] png = ActivationQrTest.qrPng(activation.format());
        Path file = dir.resolve("activation.png");
        Files.write(file, png);
        assertEquals(1, cli("transfer-accept", "--qr", file.toString(), "--pin", "k7#q"));
        assertTrue(err.contains("use activate --qr"), err);
    }

    @Test
    void theTransferQrCodeReadsBack() {
        TransferUri transfer = new TransferUri("https://login.example", "bank", "abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE");
        assertEquals(transfer, TransferQr.read(TransferQr.png(transfer)));
    }
}
