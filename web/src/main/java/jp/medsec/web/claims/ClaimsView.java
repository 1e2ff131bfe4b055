package jp.medsec.web.claims;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.claims.ClaimConflictException;
import jp.medsec.claims.ClaimReview;
import jp.medsec.claims.ClaimRow;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The staff claims queue: approve, reject with a reason, pick an audit sample. */
@Named
@ViewScoped
public class ClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimReview review;

    @Inject
    private Messages messages;

    private ClaimReview.Filter filter = ClaimReview.Filter.SUBMITTED;
    private List<ClaimRow> claims;
    private ClaimRow rejecting;
    private String reason;
    private int samplePercent = 10;

    @PostConstruct
    void load() {
        claims = review.queue(filter);
    }

    public void refresh() {
        claims = review.queue(filter);
    }

    public void approve(ClaimRow row) {
        try {
            review.approve(row.id(), row.version());
            FacesMessages.info(messages.format("claims.approved", row.holderName(), row.points()));
        } catch (ClaimConflictException e) {
            FacesMessages.warn(messages.format("claims.conflict", row.id()));
        }
        refresh();
    }

    public void startRejecting(ClaimRow row) {
        rejecting = row;
        reason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            FacesMessages.error(messages.get("claims.reason.required"));
            return;
        }
        try {
            review.reject(rejecting.id(), rejecting.version(), reason);
            FacesMessages.info(messages.format("claims.rejected", rejecting.holderName()));
            rejecting = null;
            PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
        } catch (ClaimConflictException e) {
            FacesMessages.warn(messages.format("claims.conflict", rejecting.id()));
            rejecting = null;
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return;
        }
        refresh();
    }

    public void sample() {
        int picked = review.sampleForAudit(samplePercent);
        FacesMessages.info(messages.format("claims.sampled", picked, samplePercent));
        refresh();
    }

    public ClaimReview.Filter[] getFilters() {
        return ClaimReview.Filter.values();
    }

    public ClaimReview.Filter getFilter() {
        return filter;
    }

    /** The queue as the filter shows it, as CSV. */
    public void export() throws java.io.IOException {
        jp.medsec.web.documents.Downloads.redirect("/staff/documents/claims.csv",
                "filter", (filter == null ? ClaimReview.Filter.SUBMITTED : filter).name());
    }

    public void setFilter(ClaimReview.Filter filter) {
        this.filter = filter;
    }

    public List<ClaimRow> getClaims() {
        return claims;
    }

    public ClaimRow getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getSamplePercent() {
        return samplePercent;
    }

    public void setSamplePercent(int samplePercent) {
        this.samplePercent = samplePercent;
    }
}
