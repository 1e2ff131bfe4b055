package jp.medsec.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.incident.Incidents;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Incident help for staff ({@code /staff/incidents.xhtml}): every incident, the open ones first (those with no
 * supporter are the desk's to handle), and setting an institution's supporter.
 */
@Named
@ViewScoped
public class StaffIncidentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Incidents incidents;

    @Inject
    private Messages messages;

    private transient List<Incidents.Line> lines;
    private String institutionCode;
    private String supporterCode;

    public void setSupporter() {
        if (FacesMessages.attempt(() -> incidents.setSupporter(institutionCode, supporterCode),
                messages.get("incidents.supporterSet"))) {
            institutionCode = null;
            supporterCode = null;
        }
    }

    public List<Incidents.Line> getLines() {
        if (lines == null) {
            lines = incidents.all();
        }
        return lines;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public void setInstitutionCode(String institutionCode) {
        this.institutionCode = institutionCode;
    }

    public String getSupporterCode() {
        return supporterCode;
    }

    public void setSupporterCode(String supporterCode) {
        this.supporterCode = supporterCode;
    }
}
