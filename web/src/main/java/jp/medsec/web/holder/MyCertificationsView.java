package jp.medsec.web.holder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.MyCertifications;

/** A holder's start page: their certifications, each with its transcript (what counts, what is missing, by when). */
@Named
@RequestScoped
public class MyCertificationsView {

    @Inject
    private MyCertifications mine;

    private MyCertifications.Overview overview;

    @PostConstruct
    void load() {
        overview = mine.overview().orElse(null);
    }

    public MyCertifications.Overview getOverview() {
        return overview;
    }
}
