package jp.medsec.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.HolderDetail;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.CertificationAdmin;
import jp.medsec.certification.CertificationType;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * One holder: personal data, certifications, and the history of both. Unknown or malformed ids answer 404. View
 * scoped so that a row's button (revoke, reinstate) is found again when its form posts back.
 */
@Named
@ViewScoped
public class HolderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HolderRegistry registry;

    @Inject
    private CertificationAdmin admin;

    @Inject
    private Messages messages;

    private String id;
    private long holderId;
    private transient HolderDetail detail;
    private String reason;
    private CertificationType issueType;
    private int passYear = JapaneseDates.today().getYear();

    public void load() throws IOException {
        if (detail != null) {
            return;
        }
        detail = Pages.id(id).flatMap(registry::detail).orElse(null);
        if (detail == null) {
            Pages.notFound("No such holder");
            return;
        }
        holderId = detail.holder().getId();
    }

    public void revoke(long certificationId) {
        if (reason == null || reason.isBlank()) {
            FacesMessages.error(messages.get("admin.reason.required"));
            return;
        }
        act(() -> admin.revoke(certificationId, reason), "admin.revoked");
        reason = null;
    }

    public void reinstate(long certificationId) {
        act(() -> admin.reinstate(certificationId), "admin.reinstated");
    }

    public void issue() {
        if (issueType == null) {
            FacesMessages.error(messages.get("admin.type.required"));
            return;
        }
        act(() -> admin.issue(holderId, issueType, passYear), "admin.issued");
    }

    private void act(Runnable action, String okKey) {
        FacesMessages.attempt(action, messages.get(okKey));
        detail = null;
    }

    public CertificationType[] getTypes() {
        return CertificationType.values();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public CertificationType getIssueType() {
        return issueType;
    }

    public void setIssueType(CertificationType issueType) {
        this.issueType = issueType;
    }

    /** The pass years the rules accept: last year's and this year's examination. */
    public int getFirstPassYear() {
        return JapaneseDates.today().getYear() - 1;
    }

    public int getLastPassYear() {
        return JapaneseDates.today().getYear();
    }

    public int getPassYear() {
        return passYear;
    }

    public void setPassYear(int passYear) {
        this.passYear = passYear;
    }


    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public HolderDetail getDetail() {
        if (detail == null && holderId != 0) {
            detail = registry.detail(holderId).orElse(null);
        }
        return detail;
    }
}
