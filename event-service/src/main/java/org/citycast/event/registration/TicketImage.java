package org.citycast.event.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The ticket's QR image: it holds the ticket code, which the door scans or types in. */
final class TicketImage {

    private TicketImage() {
    }

    static byte[] png(String ticketCode) {
        try (var out = new ByteArrayOutputStream()) {
            var matrix = new QRCodeWriter().encode(ticketCode, BarcodeFormat.QR_CODE, 320, 320,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("A ticket code could not be encoded as QR", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
