package jp.medsec.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.audit.OverdueFindings;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** {@code /staff/findings.xhtml}: every finding past its due date and not yet resolved, a page at a time. */
@Named
@ViewScoped
public class OverdueFindingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OverdueFindings findings;

    private final LazyDataModel<OverdueFindings.Line> lines = new PagedModel<>(
            filters -> findings.count(JapaneseDates.today()),
            (first, size, sort, filters) -> findings.page(JapaneseDates.today(), first, size),
            OverdueFindings.Line::findingId);

    public LazyDataModel<OverdueFindings.Line> getLines() {
        return lines;
    }
}
