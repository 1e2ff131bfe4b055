package jp.medsec.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.HolderDetail;
import jp.medsec.certification.HolderRegistry;

import java.io.IOException;

/** One holder: personal data, certifications, and the history of both. Unknown or malformed ids answer 404. */
@Named
@RequestScoped
public class HolderDetailView {

    @Inject
    private HolderRegistry registry;

    private String id;
    private HolderDetail detail;

    public void load() throws IOException {
        long holderId;
        try {
            holderId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            notFound();
            return;
        }
        detail = registry.detail(holderId).orElse(null);
        if (detail == null) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "No such holder");
        faces.responseComplete();
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
