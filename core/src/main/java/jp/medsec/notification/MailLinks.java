package jp.medsec.notification;

/**
 * Where a mail's link points: the application's public address (MEDSEC_PUBLIC_URL, as behind the production proxy)
 * and a page's path; without one configured, the page is named by its path under "MedSec Registry".
 */
public final class MailLinks {

    private MailLinks() {
    }

    public static String to(String path) {
        String url = System.getenv("MEDSEC_PUBLIC_URL");
        if (url == null || url.isBlank()) {
            return "MedSec Registry " + path;
        }
        String base = url.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
