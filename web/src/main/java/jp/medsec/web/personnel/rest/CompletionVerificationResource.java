package jp.medsec.web.personnel.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CompletionCertificates;
import jp.medsec.web.api.ApiError;
import jp.medsec.web.api.ApiException;
import jp.medsec.web.api.VerificationLimit;

import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/completion-certificates/{number}}: anyone may check a completion certificate (受講修了証) of a
 * security-personnel course, as {@code /verify/{n}} checks a certification. Not in API.md; added beside it.
 */
@Path("completion-certificates")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CompletionVerificationResource {

    @Inject
    private jp.medsec.web.security.AddressLimits limits;

    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Inject
    private CompletionCertificates certificates;

    @GET
    @Path("{number}")
    public CompletionCertificates.VerifiedCompletion verify(@PathParam("number") String number) {
        VerificationLimit.admit(limits, request);
        String normalised = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (!CompletionCertificate.isNumber(normalised)) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_completion_number",
                    "A completion certificate number is SCA-, SCB- or SCC- and 8 digits, e.g. SCA-00000001.",
                    List.of(new ApiError.Detail("number", "does not match " + CompletionCertificate.NUMBER.pattern())));
        }
        return certificates.verify(normalised)
                .orElseThrow(() -> ApiException.notFound("No completion certificate has the number " + normalised + "."));
    }
}
