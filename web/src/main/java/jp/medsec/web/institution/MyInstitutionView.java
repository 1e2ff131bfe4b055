package jp.medsec.web.institution;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.institution.MyInstitution;

/** An institution officer's start page: their institution's profile. */
@Named
@RequestScoped
public class MyInstitutionView {

    @Inject
    private MyInstitution mine;

    private MyInstitution.Profile profile;

    @PostConstruct
    void load() {
        profile = mine.profile().orElse(null);
    }

    public MyInstitution.Profile getProfile() {
        return profile;
    }
}
