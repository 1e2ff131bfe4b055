package jp.medsec.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificateVerification;

import java.util.List;

/** {@code GET /api/v1/verify/{certificateNumber}}, exactly as API.md: anyone may check a certificate. */
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VerificationResource {

    @Inject
    private CertificateVerification verification;

    @Inject
    private jp.medsec.web.security.AddressLimits limits;

    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @GET
    @Path("{certificateNumber}")
    public CertificateVerification.VerifiedCertificate verify(@PathParam("certificateNumber") String number) {
        limitRate(limits, request);
        if (!CertificateNumber.isWellFormed(number)) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid_certificate_number",
                    "A certificate number is 2–5 capital letters, a hyphen and 4–8 digits, e.g. HIT-00012345.",
                    List.of(new ApiError.Detail("certificateNumber", "does not match [A-Z]{2,5}-[0-9]{4,8}")));
        }
        return verification.verify(CertificateNumber.parse(number))
                .orElseThrow(() -> ApiException.notFound("No certificate has the number " + number.strip() + "."));
    }

    /**
     * Certificate numbers are sequential: without a limit per address, walking them would list every holder's name,
     * those who refused the public directory included. README "Limits" gives the rate.
     */
    static void limitRate(jp.medsec.web.security.AddressLimits limits, jakarta.servlet.http.HttpServletRequest request) {
        jp.medsec.web.security.AddressLimits.Admission admission = limits.tryVerify(request.getRemoteAddr());
        if (!admission.admitted()) {
            throw ApiException.tooManyRequests("Too many certificate checks from this address: try again in "
                    + admission.retryAfterSeconds() + " seconds.", admission.retryAfterSeconds());
        }
    }
}
