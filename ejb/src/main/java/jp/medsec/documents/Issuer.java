package jp.medsec.documents;

/**
 * Who issues the registry's printed documents (certificates, completion certificates, audit reports) and where anyone
 * checks one: the public page a document's QR code opens.
 */
public final class Issuer {

    /** The issuer's name printed on every document; {@code MEDSEC_ISSUER} overrides it. */
    public static final String NAME = System.getenv().getOrDefault("MEDSEC_ISSUER", "MedSec Registry 認定事務局");

    private Issuer() {
    }

    /** The public page that verifies the document of the given number. */
    public static String verificationUrl(String baseUrl, String number) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/verify.xhtml?n=" + number;
    }
}
