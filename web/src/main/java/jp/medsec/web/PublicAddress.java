package jp.medsec.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The application's public address, which printed QR codes and mailed links point to: MEDSEC_PUBLIC_URL in
 * production (behind a proxy), else the address of the request at hand.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    public static String of(HttpServletRequest request) {
        String configured = System.getenv("MEDSEC_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
    }
}
