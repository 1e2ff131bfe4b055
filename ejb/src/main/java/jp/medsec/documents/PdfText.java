package jp.medsec.documents;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/** Placing one line of text on a page, as the certificates lay themselves out by coordinates. */
public final class PdfText {

    private PdfText() {
    }

    public static void center(PdfContentByte canvas, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text, font), x, y, 0);
    }

    public static void left(PdfContentByte canvas, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), x, y, 0);
    }

    /** The double border of a certificate page, in the document's colour. */
    public static void frame(PdfContentByte canvas, float width, float height, int red, int green, int blue) {
        canvas.setRGBColorStroke(red, green, blue);
        canvas.setLineWidth(3f);
        canvas.rectangle(28, 28, width - 56, height - 56);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(36, 36, width - 72, height - 72);
        canvas.stroke();
    }
}
