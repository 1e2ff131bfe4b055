package jp.medsec.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jp.medsec.web.security.AddressLimits;

/**
 * The per-address limit on the public verification resources (certificates and completion certificates), shared so
 * that neither subject's REST package reaches into the other's.
 */
public final class VerificationLimit {

    private VerificationLimit() {
    }

    /**
     * Certificate numbers are sequential: without a limit per address, walking them would list every holder's name,
     * those who refused the public directory included. README "Limits" gives the rate.
     */
    public static void admit(AddressLimits limits, HttpServletRequest request) {
        AddressLimits.Admission admission = limits.tryVerify(request.getRemoteAddr());
        if (!admission.admitted()) {
            throw ApiException.tooManyRequests("Too many certificate checks from this address: try again in "
                    + admission.retryAfterSeconds() + " seconds.", admission.retryAfterSeconds());
        }
    }
}
