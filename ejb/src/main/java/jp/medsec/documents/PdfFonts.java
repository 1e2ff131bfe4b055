package jp.medsec.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.File;

/**
 * The Japanese fonts every printed document uses: IPAex Mincho for names and titles, IPAex Gothic for the rest
 * (Debian's fonts-ipaexfont-*; TrueType, embedded as subsets). MEDSEC_PDF_FONT_DIR points elsewhere if needed.
 */
public final class PdfFonts {

    private static final String DIR = System.getenv().getOrDefault("MEDSEC_PDF_FONT_DIR", "/usr/share/fonts/opentype");

    final BaseFont mincho;
    final BaseFont gothic;

    private PdfFonts(BaseFont mincho, BaseFont gothic) {
        this.mincho = mincho;
        this.gothic = gothic;
    }

    public static PdfFonts load() {
        return new PdfFonts(font("ipaexfont-mincho/ipaexm.ttf"), font("ipaexfont-gothic/ipaexg.ttf"));
    }

    private static BaseFont font(String relative) {
        File file = new File(DIR, relative);
        if (!file.isFile()) {
            throw new IllegalStateException("The Japanese font " + file + " is missing: install Debian's fonts-ipaexfont "
                    + "(scripts/prerequisites.sh) or set MEDSEC_PDF_FONT_DIR");
        }
        try {
            return BaseFont.createFont(file.getAbsolutePath(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("The font " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Font mincho(float size) {
        return new Font(mincho, size);
    }

    public Font gothic(float size) {
        return new Font(gothic, size);
    }
}
