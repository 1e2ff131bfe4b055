package jp.medsec.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.dashboard.OfficerSummary;
import jp.medsec.shared.JapaneseDates;

/** The top of the officer's home: the score against the tier's requirements, open findings by due date, training. */
@Named
@RequestScoped
public class OfficerHomeView {

    @Inject
    private OfficerSummary summaries;

    private OfficerSummary.Summary summary;

    public OfficerSummary.Summary getSummary() {
        if (summary == null) {
            summary = summaries.summary(JapaneseDates.today());
        }
        return summary;
    }
}
