package jp.medsec.web.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificateVerification;
import jp.medsec.web.api.ApiError;
import jp.medsec.web.api.ApiException;
import jp.medsec.web.api.VerificationLimit;

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
        VerificationLimit.admit(limits, request);
        if (!CertificateNumber.isWellFormed(number)) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid_certificate_number",
                    "A certificate number is 2–5 capital letters, a hyphen and 4–8 digits, e.g. HIT-00012345.",
                    List.of(new ApiError.Detail("certificateNumber", "does not match [A-Z]{2,5}-[0-9]{4,8}")));
        }
        return verification.verify(CertificateNumber.parse(number))
                .orElseThrow(() -> ApiException.notFound("No certificate has the number " + number.strip() + "."));
    }
}
