package dev.sls.ibkey.app;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.sls.ibkey.protocol.TransferUri;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The transfer offer as the old phone shows it (a PNG QR code) and as the new phone's camera reads it. */
public final class TransferQr {

    private static final int SIZE_PIXELS = 300;

    private TransferQr() {
    }

    public static byte[] png(TransferUri transfer) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(transfer.format(), BarcodeFormat.QR_CODE,
                    SIZE_PIXELS, SIZE_PIXELS, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 4)), "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw the transfer QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The transfer a picture of the QR code holds.
     *
     * @throws IllegalArgumentException if the picture holds no readable QR code, or one that is not a transfer offer
     */
    public static TransferUri read(byte[] image) {
        String text = ActivationQr.decodeText(image);
        return TransferUri.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "the QR code is not an SLS IB Key transfer offer (expected " + TransferUri.PREFIX
                        + "v=1&server=...&realm=...&offer=...)" + (text.startsWith("sls-ibkey://activate?")
                        ? "; it is an activation code: use activate --qr" : "")));
    }
}
