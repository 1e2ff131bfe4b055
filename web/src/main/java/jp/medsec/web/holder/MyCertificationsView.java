package jp.medsec.web.holder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.Certification;
import jp.medsec.certification.Holder;
import jp.medsec.certification.MyCertifications;

import java.util.List;

/** A holder's start page: their own certifications. */
@Named
@RequestScoped
public class MyCertificationsView {

    @Inject
    private MyCertifications mine;

    private Holder holder;
    private List<Certification> certifications;

    @PostConstruct
    void load() {
        holder = mine.me().orElse(null);
        certifications = holder == null ? List.of() : List.copyOf(holder.getCertifications());
    }

    public Holder getHolder() {
        return holder;
    }

    public List<Certification> getCertifications() {
        return certifications;
    }
}
