package jp.medsec.web.certification;

import jakarta.enterprise.context.RequestScoped;
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

/** One holder: personal data, certifications, and the history of both. Unknown or malformed ids answer 404. */
@Named
@RequestScoped
public class HolderDetailView {

    @Inject
    private HolderRegistry registry;

    @Inject
    private CertificationAdmin admin;

    @Inject
    private Messages messages;

    private String id;
    private HolderDetail detail;
    private String reason;
    private CertificationType issueType;
    private int passYear = JapaneseDates.today().getYear();

    public void load() throws IOException {
        detail = Pages.id(id).flatMap(registry::detail).orElse(null);
        if (detail == null) {
            Pages.notFound("No such holder");
        }
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
        act(() -> admin.issue(detail.holder().getId(), issueType, passYear), "admin.issued");
    }

    private void act(Runnable action, String okKey) {
        FacesMessages.attempt(action, messages.get(okKey));
        detail = registry.detail(detail.holder().getId()).orElse(detail);
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
        return detail;
    }
}
