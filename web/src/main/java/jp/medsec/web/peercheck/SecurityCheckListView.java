package jp.medsec.web.peercheck;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.peercheck.LeadingHospitals;
import jp.medsec.peercheck.SecurityChecks;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Staff's security checks of SELF_DEFENDING hospitals ({@code /staff/security-checks.xhtml}): every check with its
 * state, visit and audit; assigning a LEADING hospital to check a SELF_DEFENDING one; closing a check. Below them, the
 * advice LEADING hospitals give ASSISTED ones (read only).
 */
@Named
@ViewScoped
public class SecurityCheckListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityChecks securityChecks;

    @Inject
    private Messages messages;

    @Inject
    private jp.medsec.consultation.Consultations consultations;

    private transient jp.medsec.consultation.Consultations.Page advice;

    private transient List<SecurityChecks.Line> lines;
    private transient Map<InstitutionTier, List<LeadingHospitals.Candidate>> choices;
    private String checkedCode;
    private String checkerCode;
    private String note;

    public void load() {
        lines = securityChecks.all();
        choices = securityChecks.choices();
        advice = consultations.all();
    }

    /** The newest consultations of ASSISTED hospitals, with their counts. */
    public jp.medsec.consultation.Consultations.Page getAdvice() {
        return advice;
    }

    public void assign() {
        if (checkedCode == null || checkedCode.isBlank() || checkerCode == null || checkerCode.isBlank()) {
            FacesMessages.error(messages.get("securitychecks.chooseBoth"));
            return;
        }
        if (FacesMessages.attempt(() -> securityChecks.assign(checkedCode, checkerCode, note),
                messages.get("securitychecks.assigned"))) {
            checkedCode = null;
            checkerCode = null;
            note = null;
        }
        load();
    }

    public void close(SecurityChecks.Line line) {
        FacesMessages.attempt(() -> securityChecks.closeAsStaff(line.id()), messages.get("securitychecks.closed"));
        load();
    }

    public List<SecurityChecks.Line> getLines() {
        return lines;
    }

    public List<LeadingHospitals.Candidate> getCheckable() {
        return choices.get(InstitutionTier.SELF_DEFENDING);
    }

    public List<LeadingHospitals.Candidate> getCheckers() {
        return choices.get(InstitutionTier.LEADING);
    }

    public String getCheckedCode() {
        return checkedCode;
    }

    public void setCheckedCode(String checkedCode) {
        this.checkedCode = checkedCode;
    }

    public String getCheckerCode() {
        return checkerCode;
    }

    public void setCheckerCode(String checkerCode) {
        this.checkerCode = checkerCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
