package jp.medsec.web.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificateVerification;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CompletionCertificates;

import java.util.Locale;

/**
 * The public verification page the QR code on a certificate opens ({@code /verify.xhtml?n=HIT-00012345}); it reads
 * completion certificates (受講修了証, {@code SCA-00000001}) as well.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    private CertificateVerification verification;

    private String number;
    @Inject
    private CompletionCertificates completions;

    private CertificateVerification.VerifiedCertificate result;
    private CompletionCertificates.VerifiedCompletion completion;
    private boolean malformed;
    private boolean throttled;

    @Inject
    private jp.medsec.web.security.AddressLimits limits;

    /** Runs on the first request and on every postback (the language switch), so that the number is never lost. */
    public void load() {
        if (number == null || number.isBlank() || result != null || completion != null) {
            return;
        }
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!limits.tryVerify(request.getRemoteAddr()).admitted()) {
            throttled = true;
            return;
        }
        String normalised = number.toUpperCase(Locale.ROOT);
        if (CompletionCertificate.isNumber(normalised)) {
            completion = completions.verify(normalised).orElse(null);
            return;
        }
        if (!CertificateNumber.isWellFormed(number)) {
            malformed = true;
            return;
        }
        result = verification.verify(CertificateNumber.parse(number)).orElse(null);
    }

    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    public CertificateVerification.VerifiedCertificate getResult() {
        return result;
    }

    public CompletionCertificates.VerifiedCompletion getCompletion() {
        return completion;
    }

    public boolean isFound() {
        return result != null || completion != null;
    }

    public boolean isMalformed() {
        return malformed;
    }

    /** This address checked too many certificates in the last minute. */
    public boolean isThrottled() {
        return throttled;
    }
}
