package jp.medsec.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.DeferralRow;
import jp.medsec.certification.RenewalRow;
import jp.medsec.certification.Renewals;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Renewal applications (check transcript, record fee, approve or return) and deferral requests. */
@Named
@ViewScoped
public class RenewalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Renewals renewals;

    @Inject
    private Messages messages;

    private boolean openOnly = true;
    private List<RenewalRow> applications;
    private List<DeferralRow> deferrals;
    private LocalDate feePaidOn = JapaneseDates.today();
    private int feeYen = 10_000;
    private String reasons;
    private int deferralYears = 1;

    @PostConstruct
    void load() {
        applications = renewals.applications(openOnly);
        deferrals = renewals.deferrals(openOnly);
    }

    public void refresh() {
        load();
    }

    private void act(Runnable action, String okKey, Object... args) {
        try {
            action.run();
            FacesMessages.info(messages.format(okKey, args));
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
        load();
    }

    public void recordFee(RenewalRow row) {
        act(() -> renewals.recordFee(row.id(), feePaidOn, feeYen), "renewals.feeRecorded", row.holderName(), feeYen);
    }

    public void approve(RenewalRow row) {
        act(() -> renewals.approve(row.id()), "renewals.approved", row.holderName(), row.certificateNumber());
    }

    public void returnToHolder(RenewalRow row) {
        if (reasons == null || reasons.isBlank()) {
            FacesMessages.error(messages.get("renewals.reasons.required"));
            return;
        }
        act(() -> renewals.returnToHolder(row.id(), reasons), "renewals.returned", row.holderName());
        reasons = null;
    }

    public void approveDeferral(DeferralRow row) {
        act(() -> renewals.approveDeferral(row.id(), deferralYears), "deferrals.approved", row.holderName(), deferralYears);
    }

    public void rejectDeferral(DeferralRow row) {
        if (reasons == null || reasons.isBlank()) {
            FacesMessages.error(messages.get("renewals.reasons.required"));
            return;
        }
        act(() -> renewals.rejectDeferral(row.id(), reasons), "deferrals.rejected", row.holderName());
        reasons = null;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public List<RenewalRow> getApplications() {
        return applications;
    }

    public List<DeferralRow> getDeferrals() {
        return deferrals;
    }

    public LocalDate getFeePaidOn() {
        return feePaidOn;
    }

    public void setFeePaidOn(LocalDate feePaidOn) {
        this.feePaidOn = feePaidOn;
    }

    public int getFeeYen() {
        return feeYen;
    }

    public void setFeeYen(int feeYen) {
        this.feeYen = feeYen;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public int getDeferralYears() {
        return deferralYears;
    }

    public void setDeferralYears(int deferralYears) {
        this.deferralYears = deferralYears;
    }
}
