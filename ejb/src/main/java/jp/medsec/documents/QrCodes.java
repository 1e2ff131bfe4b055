package jp.medsec.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

import java.util.Map;

/** QR codes (ZXing) drawn as vector squares on a PDF page: sharp at any print size, no image to embed. */
public final class QrCodes {

    private QrCodes() {
    }

    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /** Draws the code with its lower-left corner at (x, y), {@code size} points wide, quiet zone included. */
    public static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix matrix = encode(text);
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(255, 255, 255);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
