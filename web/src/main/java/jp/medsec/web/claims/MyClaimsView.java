package jp.medsec.web.claims;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.points.PointCategory;
import jp.medsec.claims.ClaimDesk;
import jp.medsec.claims.ClaimRow;
import jp.medsec.claims.Evidence;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A holder's claims: the form to claim points with evidence, and how each claim stands. */
@Named
@ViewScoped
public class MyClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimDesk desk;

    @Inject
    private Messages messages;

    private List<ClaimRow> claims;
    private List<PointCategory> categories;

    private String category;
    private Integer points;
    private LocalDate earnedOn;
    private String description;
    private transient UploadedFile evidence;

    @PostConstruct
    void load() {
        claims = desk.myClaims();
        categories = desk.claimableCategories();
    }

    public void submit() {
        if (evidence == null || evidence.getSize() == 0) {
            FacesMessages.error(messages.get("claim.evidence.required"));
            return;
        }
        if (evidence.getSize() > Evidence.MAX_BYTES) {
            FacesMessages.error(messages.format("claim.evidence.tooLarge", Evidence.MAX_BYTES / 1024 / 1024));
            return;
        }
        try {
            desk.submit(category, points == null ? 0 : points, earnedOn, description, evidence.getFileName(),
                    evidence.getContent());
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return;
        }
        FacesMessages.info(messages.get("claim.submitted"));
        category = null;
        points = null;
        earnedOn = null;
        description = null;
        evidence = null;
        claims = desk.myClaims();
    }

    public LocalDate getToday() {
        return JapaneseDates.today();
    }

    public List<ClaimRow> getClaims() {
        return claims;
    }

    public List<PointCategory> getCategories() {
        return categories;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public void setEarnedOn(LocalDate earnedOn) {
        this.earnedOn = earnedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }
}
