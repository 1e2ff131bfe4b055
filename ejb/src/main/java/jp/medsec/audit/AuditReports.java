package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.medsec.account.Role;
import jp.medsec.documents.Issuer;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** An audit's report as a PDF ({@link AuditReportPdf}), for whoever may read the audit ({@link AuditAccess}). */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class AuditReports {

    @Inject
    private AuditReadModel readModel;

    public byte[] report(long auditId) {
        AuditReadModel.AuditView v = readModel.view(auditId);
        Audit a = v.audit();
        ZoneId japan = JapaneseDates.JAPAN;
        List<AuditReportPdf.Item> items = v.items().stream()
                .map(i -> new AuditReportPdf.Item(i.getRequirement().getCode(), i.getRequirement().getTextJa(),
                        statusWords(i), i.getNote()))
                .toList();
        LocalDate today = JapaneseDates.today();
        List<AuditReportPdf.FindingLine> findings = v.findings().stream()
                .map(f -> new AuditReportPdf.FindingLine(f.getItem().getRequirement().getCode(),
                        JapaneseLabels.SEVERITY.get(f.getSeverity()), f.getOwner(), f.getDueDate(),
                        JapaneseLabels.STATE.get(f.getState()), f.getRemediation(), f.isOverdue(today)))
                .toList();
        return AuditReportPdf.render(new AuditReportPdf.Facts(
                a.getTitle(), a.getInstitution().getName(),
                a.getCatalogue().getTitleJa() + "（" + a.getCatalogue().getVersionLabel() + "）", kind(a), a.getStartedBy(),
                LocalDate.ofInstant(a.getStartedAt(), japan),
                a.getCompletedAt() == null ? null : LocalDate.ofInstant(a.getCompletedAt(), japan), a.getSummary(), items,
                findings, today,
                Issuer.NAME));
    }

    /** One requirement's result, for a spreadsheet: its answer and its findings in words. */
    public record ResultLine(String code, String requirement, String status, String note, String findings) {
    }

    /** The audit's results, one line per requirement in the catalogue's order (an audit has a few dozen). */
    public List<ResultLine> results(long auditId) {
        AuditReadModel.AuditView v = readModel.view(auditId);
        LocalDate today = JapaneseDates.today();
        return v.items().stream().map(i -> new ResultLine(i.getRequirement().getCode(), i.getRequirement().getTextJa(),
                statusWords(i), i.getNote(),
                v.findings().stream().filter(f -> f.getItem().getId().equals(i.getId()))
                        .map(f -> JapaneseLabels.SEVERITY.get(f.getSeverity()) + "・" + JapaneseLabels.STATE.get(f.getState())
                                + (f.getDueDate() == null ? "" : "・期限 " + f.getDueDate())
                                + (f.isOverdue(today) ? "（期限超過）" : "")
                                + (f.getRemediation() == null || f.getRemediation().isBlank() ? "" : "：" + f.getRemediation()))
                        .collect(java.util.stream.Collectors.joining("\n")))).toList();
    }

    /** An item's answer in the report's words. */
    private static String statusWords(AuditItem item) {
        return item.getStatus() == null ? "未回答" : JapaneseLabels.STATUS.get(item.getStatus());
    }

    /** The kind, and for a peer check who carried it out. */
    private static String kind(Audit a) {
        String kind = JapaneseLabels.KIND.get(a.getKind());
        return a.getAuditingInstitution() == null ? kind : kind + "（実施：" + a.getAuditingInstitution().getName() + "）";
    }
}
