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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** What staff typed into each row (fee, reasons, years), by "R" or "D" and the row's id. */
    private final Map<String, Decision> decisions = new HashMap<>();

    @PostConstruct
    void load() {
        applications = renewals.applications(openOnly);
        deferrals = renewals.deferrals(openOnly);
    }

    public void refresh() {
        load();
    }

    private boolean act(Runnable action, String okKey, Object... args) {
        boolean done;
        try {
            action.run();
            FacesMessages.info(messages.format(okKey, args));
            done = true;
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            done = false;
        }
        load();
        return done;
    }

    /** The inputs of an application's row; the fee the rule asks for, paid today, unless staff type otherwise. */
    public Decision application(long id) {
        return decisions.computeIfAbsent("R" + id, k -> {
            Decision d = new Decision();
            applications.stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> d.feeYen = r.feeRequired());
            return d;
        });
    }

    /** The inputs of a deferral request's row. */
    public Decision deferral(long id) {
        return decisions.computeIfAbsent("D" + id, k -> new Decision());
    }

    public void recordFee(RenewalRow row) {
        Decision d = application(row.id());
        if (d.paidOn == null || d.feeYen == null) {
            FacesMessages.error(messages.get("renewals.fee.required"));
            return;
        }
        act(() -> renewals.recordFee(row.id(), d.paidOn, d.feeYen), "renewals.feeRecorded", row.holderName(), d.feeYen);
    }

    public void approve(RenewalRow row) {
        act(() -> renewals.approve(row.id()), "renewals.approved", row.holderName(), row.certificateNumber());
    }

    public void returnToHolder(RenewalRow row) {
        Decision d = application(row.id());
        if (d.reasons == null || d.reasons.isBlank()) {
            FacesMessages.error(messages.get("renewals.reasons.required"));
            return;
        }
        if (act(() -> renewals.returnToHolder(row.id(), d.reasons), "renewals.returned", row.holderName())) {
            decisions.remove("R" + row.id());
        }
    }

    public void approveDeferral(DeferralRow row) {
        Decision d = deferral(row.id());
        act(() -> renewals.approveDeferral(row.id(), d.years), "deferrals.approved", row.holderName(), d.years);
    }

    public void rejectDeferral(DeferralRow row) {
        Decision d = deferral(row.id());
        if (d.reasons == null || d.reasons.isBlank()) {
            FacesMessages.error(messages.get("renewals.reasons.required"));
            return;
        }
        if (act(() -> renewals.rejectDeferral(row.id(), d.reasons), "deferrals.rejected", row.holderName())) {
            decisions.remove("D" + row.id());
        }
    }

    /** One row's inputs: the fee paid (today, the rule's fee by default), the reasons, the years of a deferral. */
    public static final class Decision implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate paidOn = JapaneseDates.today();
        private Integer feeYen = 10_000;
        private String reasons;
        private int years = 1;

        public LocalDate getPaidOn() {
            return paidOn;
        }

        public void setPaidOn(LocalDate paidOn) {
            this.paidOn = paidOn;
        }

        public Integer getFeeYen() {
            return feeYen;
        }

        public void setFeeYen(Integer feeYen) {
            this.feeYen = feeYen;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }

        public int getYears() {
            return years;
        }

        public void setYears(int years) {
            this.years = years;
        }
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

    public LocalDate getToday() {
        return JapaneseDates.today();
    }
}
