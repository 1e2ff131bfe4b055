package jp.medsec.web.publicpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificateVerification;

/** The public verification page the QR code on a certificate opens ({@code /verify.xhtml?n=HIT-00012345}). */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    private CertificateVerification verification;

    private String number;
    private CertificateVerification.VerifiedCertificate result;
    private boolean malformed;

    public void load() {
        if (number == null || number.isBlank()) {
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

    public boolean isMalformed() {
        return malformed;
    }
}
