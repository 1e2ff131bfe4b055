package jp.medsec.web.advisory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.advisory.Advisories;
import jp.medsec.advisory.Advisory;
import jp.medsec.shared.NotFound;
import jp.medsec.web.faces.Pages;

import java.io.IOException;

/** A published advisory for anyone ({@code /advisory.xhtml?id=}): the page the Atom feed links to. */
@Named
@RequestScoped
public class PublicAdvisoryView {

    @Inject
    private Advisories advisories;

    private String id;
    private Advisory advisory;

    public void load() throws IOException {
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such advisory");
            return;
        }
        try {
            advisory = advisories.one(parsed);
        } catch (NotFound e) {
            Pages.notFound("No such advisory");
        }
    }

    public Advisory getAdvisory() {
        return advisory;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
