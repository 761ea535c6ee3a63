package dev.sls.ibkey.app;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import dev.sls.ibkey.protocol.ActivationUri;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the activation QR code from a picture of it (PNG or JPEG), as the phone's camera would. */
public final class ActivationQr {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");
    /**
     * For a screenshot or a saved image of the page: the finder-pattern search misses about one synthetic code in
     * 300, while reading it as a pure, axis-aligned barcode does not.
     */
    private static final Map<DecodeHintType, Object> PURE_HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.PURE_BARCODE, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private ActivationQr() {
    }

    /**
     * The activation the QR code holds.
     *
     * @throws IllegalArgumentException if the bytes are not an image, hold no readable QR code, or the QR code is
     *                                  not an SLS IB Key activation
     */
    public static ActivationUri read(byte[] image) {
        String text = decodeText(image);
        return ActivationUri.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "the QR code is not an SLS IB Key activation (expected " + ActivationUri.SCHEME
                        + "://activate?v=1&server=...&realm=...&code=... with a valid code)"));
    }

    /** The text of the QR code in the picture. */
    public static String decodeText(byte[] image) {
        LuminanceSource source = new BufferedImageLuminanceSource(toImage(image));
        NotFoundException last = null;
        for (Map<DecodeHintType, Object> hints : List.of(HINTS, PURE_HINTS)) {
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new MultiFormatReader().decode(bitmap, hints).getText();
                } catch (NotFoundException e) {
                    last = e;
                }
            }
        }
        throw new IllegalArgumentException("no readable QR code found in the image", last);
    }

    private static BufferedImage toImage(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("no image given");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("not a PNG or JPEG image");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("the image cannot be read: " + e.getMessage(), e);
        }
    }
}
