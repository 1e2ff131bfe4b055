package jp.medsec.web.advisory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.advisory.Advisories;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The advisories addressed to an officer's hospital: those not acknowledged on the home page until they are, and all
 * of them on {@code /institution/advisories.xhtml}; the officer acknowledges one with a click.
 */
@Named
@ViewScoped
public class AdvisoryInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Advisories advisories;

    @Inject
    private Messages messages;

    private transient List<Advisories.Addressed> addressed;

    public List<Advisories.Addressed> getAll() {
        if (addressed == null) {
            addressed = advisories.forMyInstitution();
        }
        return addressed;
    }

    public List<Advisories.Addressed> getWaiting() {
        return getAll().stream().filter(a -> !a.acknowledged()).toList();
    }

    public void acknowledge(Advisories.Addressed advisory) {
        FacesMessages.attempt(() -> advisories.acknowledge(advisory.advisory().getId()),
                messages.format("advisories.acknowledgedMessage", advisory.advisory().getTitleJa()));
        addressed = null;
    }
}
