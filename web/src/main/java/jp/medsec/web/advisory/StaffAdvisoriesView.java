package jp.medsec.web.advisory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.advisory.Advisories;
import jp.medsec.advisory.Advisory;
import jp.medsec.advisory.AdvisorySeverity;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Security advisories for staff ({@code /staff/advisories.xhtml}): the newest with how many of their audience have
 * acknowledged them, and the form to publish one (after a confirmation: it mails the whole audience).
 */
@Named
@ViewScoped
public class StaffAdvisoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Advisories advisories;

    @Inject
    private PrefectureRepository prefectureRepository;

    @Inject
    private Messages messages;

    private transient List<Advisories.Summary> summaries;
    private transient List<Prefecture> prefectures;
    private AdvisorySeverity severity = AdvisorySeverity.HIGH;
    private String titleJa;
    private String titleEn;
    private String textJa;
    private String textEn;
    private String affectedProducts;
    private String link;
    private Integer remindAfterDays = 7;
    private List<String> tiers = new ArrayList<>();
    private List<String> audiencePrefectures = new ArrayList<>();

    public String publish() {
        Advisory.Content content = new Advisory.Content(severity, titleJa, titleEn, textJa, textEn, affectedProducts,
                link, remindAfterDays == null ? 0 : remindAfterDays,
                tiers == null ? List.of() : tiers.stream().map(InstitutionTier::valueOf).toList(),
                audiencePrefectures == null ? List.of() : audiencePrefectures.stream().map(Integer::valueOf).toList());
        Long[] id = new Long[1];
        if (FacesMessages.attempt(() -> id[0] = advisories.publish(content), null)) {
            Pages.keepMessage(messages.get("advisories.published"));
            return "/staff/advisory?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public List<Advisories.Summary> getSummaries() {
        if (summaries == null) {
            summaries = advisories.summaries();
        }
        return summaries;
    }

    public List<Prefecture> getPrefectures() {
        if (prefectures == null) {
            prefectures = prefectureRepository.findAll();
        }
        return prefectures;
    }

    public AdvisorySeverity[] getSeverities() {
        return AdvisorySeverity.values();
    }

    public AdvisorySeverity getSeverity() {
        return severity;
    }

    public void setSeverity(AdvisorySeverity severity) {
        this.severity = severity;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public void setTitleJa(String titleJa) {
        this.titleJa = titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTextJa() {
        return textJa;
    }

    public void setTextJa(String textJa) {
        this.textJa = textJa;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getAffectedProducts() {
        return affectedProducts;
    }

    public void setAffectedProducts(String affectedProducts) {
        this.affectedProducts = affectedProducts;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Integer getRemindAfterDays() {
        return remindAfterDays;
    }

    public void setRemindAfterDays(Integer remindAfterDays) {
        this.remindAfterDays = remindAfterDays;
    }

    public List<String> getTiers() {
        return tiers;
    }

    public void setTiers(List<String> tiers) {
        this.tiers = tiers;
    }

    public List<String> getAudiencePrefectures() {
        return audiencePrefectures;
    }

    public void setAudiencePrefectures(List<String> audiencePrefectures) {
        this.audiencePrefectures = audiencePrefectures;
    }
}
