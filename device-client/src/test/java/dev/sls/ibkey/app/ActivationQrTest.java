package dev.sls.ibkey.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import dev.sls.ibkey.protocol.ActivationCode;
import dev.sls.ibkey.protocol.ActivationUri;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

public class ActivationQrTest {

    public static byte[] qrPng(String text) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300), "PNG", png);
        return png.toByteArray();
    }

    static byte[] qrJpeg(String text) throws Exception {
        BufferedImage image = MatrixToImageWriter.toBufferedImage(
                new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400));
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    void activationSurvivesTheQrRoundTripInPngAndJpeg() throws Exception {
        ActivationUri uri = new ActivationUri("https://login.example.com/auth", "demo bank",
                ActivationCode.random(new SecureRandom()));
        for (byte[] image : new byte[][] {qrPng(uri.format()), qrJpeg(uri.format())}) {
            ActivationUri read = ActivationQr.read(image);
            assertEquals(uri.server(), read.server());
            assertEquals(uri.realm(), read.realm());
            assertEquals(uri.code().canonical(), read.code().canonical());
        }
    }

    /** Codes drawn like the activation page draws them (264 px, 4-module margin): every one must read. */
    @Test
    void everyCodeDrawnLikeTheActivationPageIsRead() throws Exception {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < 1500; i++) {
            dev.sls.ibkey.protocol.ActivationUri uri = new dev.sls.ibkey.protocol.ActivationUri(
                    "http://127.0.0.1:" + (30000 + random.nextInt(30000)), "sls-demo",
                    dev.sls.ibkey.protocol.ActivationCode.random(random));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(uri.format(), BarcodeFormat.QR_CODE, 264, 264,
                    java.util.Map.of(com.google.zxing.EncodeHintType.MARGIN, 4,
                            com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                            com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M)), "PNG", png);
            assertEquals(uri, ActivationQr.read(png.toByteArray()), uri::format);
        }
    }

    @Test
    void notAnImageIsRefusedClearly() {
        assertMessage("no image given", null);
        assertMessage("not a PNG or JPEG image", "just text".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anImageWithoutQrCodeIsRefusedClearly() throws Exception {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        assertMessage("no readable QR code", png.toByteArray());
    }

    @Test
    void aQrCodeThatIsNotAnActivationIsRefusedClearly() throws Exception {
        assertMessage("not an SLS IB Key activation", qrPng("https://example.com/"));
        String badCheck = "sls-ibkey://activate?v=1&server=http%3A%2F%2Fh&realm=demo&code=0000000000X";
        assertMessage("not an SLS IB Key activation", qrPng(badCheck));
        String text = ActivationQr.decodeText(qrPng(badCheck));
        assertEquals(badCheck, text);
    }

    private static void assertMessage(String expected, byte[] image) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationQr.read(image));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
