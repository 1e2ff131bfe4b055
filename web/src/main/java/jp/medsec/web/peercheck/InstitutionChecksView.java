package jp.medsec.web.peercheck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.peercheck.CheckView;
import jp.medsec.peercheck.PeerCheckPlans;

import java.util.List;

/**
 * The checks of one institution on staff's institution page ({@code /staff/institution.xhtml?id=}): its mutual checks
 * and security checks, as checker and as checked, with the step each is at and what is late.
 */
@Named
@RequestScoped
public class InstitutionChecksView {

    @Inject
    private PeerCheckPlans plans;

    private List<CheckView> checks;

    public List<CheckView> of(long institutionId) {
        if (checks == null) {
            checks = plans.checksOf(institutionId);
        }
        return checks;
    }

    /** The step a check is at: the first not done, or the last when all are done; null before a visit date. */
    public CheckView.Step current(CheckView check) {
        return check.steps().stream().filter(s -> !s.done()).findFirst()
                .orElse(check.steps().isEmpty() ? null : check.steps().get(check.steps().size() - 1));
    }

    public boolean late(CheckView check) {
        return check.steps().stream().anyMatch(CheckView.Step::overdue);
    }
}
