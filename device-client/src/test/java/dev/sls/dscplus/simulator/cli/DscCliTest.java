package dev.sls.dscplus.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.ocra.Ocra;
import dev.sls.core.ocra.OcraInput;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.dscplus.protocol.pskc.PskcWriter;
import dev.sls.dscplus.simulator.CardVendor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DscCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new DscCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void respondPrintsWhatTheCardShowsForAPreSharedKeyFile(@TempDir Path dir) throws IOException {
        byte[] psk = new byte[16];
        CardVendor vendor = CardVendor.make("CLI", 2, DscPlusSuites.DEFAULT, new SecureRandom());
        Path file = Files.writeString(dir.resolve("cards.xml"),
                vendor.pskc(PskcWriter.preShared(psk, PskcWriter.HMAC_SHA256)));

        assertEquals(0, run("respond", "--serial", "cli-0002", "--pin", "7391", "--cards", file.toString(),
                "--psk", HexFormat.of().formatHex(psk), "482913"), err::toString);

        String response = out.toString(StandardCharsets.UTF_8).strip();
        byte[] secret = vendor.find("CLI0002").orElseThrow().secret();
        assertTrue(Ocra.verify(DscPlusSuites.DEFAULT, secret,
                OcraInput.builder().challenge("482913").pin("7391").build(), response), response);
    }

    @Test
    void refusalsAndBadCommandLines(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cards.xml"),
                CardVendor.make("CLI", 1, DscPlusSuites.DEFAULT, new SecureRandom()).pskc(PskcWriter.plain()));
        String cards = file.toString();
        assertEquals(1, run("respond", "--serial", "CLI0001", "--pin", "12", "--cards", cards, "482913"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("PIN>"));
        assertEquals(1, run("respond", "--serial", "CLI0001", "--pin", "7391", "--cards", cards, "4829"));
        assertEquals(1, run("respond", "--serial", "CLI0009", "--pin", "7391", "--cards", cards, "482913"));
        assertEquals(2, run("respond", "--pin", "7391", "482913"));
        assertEquals(2, run("frobnicate"));
        assertEquals(0, run("cards", "--cards", cards));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("CLI0001"));
    }
}
