package jp.medsec.web.faces;

import jp.medsec.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

import java.util.Locale;

/** Checks every CSV upload shares: a .csv or .txt file within the size limit; tells the person what is wrong. */
public final class Uploads {

    private Uploads() {
    }

    /** Whether the file may be read as CSV; if not, the reason is shown on the page. */
    public static boolean acceptableCsv(UploadedFile file, long maxBytes, Messages messages) {
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".csv") || name.endsWith(".txt"))) {
            FacesMessages.error(messages.format("event.upload.type", file.getFileName()));
            return false;
        }
        if (file.getSize() > maxBytes) {
            FacesMessages.error(messages.format("event.upload.size", maxBytes / 1024 / 1024));
            return false;
        }
        return true;
    }
}
