package jp.medsec.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.audit.AuditEvidenceFiles;
import jp.medsec.audit.AuditItem;
import jp.medsec.audit.AuditReadModel;
import jp.medsec.audit.Audits;
import jp.medsec.audit.Finding;
import jp.medsec.audit.Findings;
import jp.medsec.audit.Severity;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One audit ({@code /institution/audit.xhtml?id=} for the institution's officer, {@code /staff/audit.xhtml?id=} for
 * staff): each requirement with the system's suggestion, the answer, note and evidence; the findings with their
 * remediation and re-check. Ids the caller may not see answer 404.
 */
@Named
@ViewScoped
public class AuditPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Audits audits;

    @Inject
    private Findings findings;

    @Inject
    private AuditEvidenceFiles evidenceFiles;

    @Inject
    private AuditReadModel readModel;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Messages messages;

    private String id;
    private Long auditId;
    private AuditReadModel.AuditView view;
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> findingNotes = new HashMap<>();
    private final Map<Long, String> severities = new HashMap<>();
    private final Map<Long, String> owners = new HashMap<>();
    private final Map<Long, LocalDate> dues = new HashMap<>();
    private LocalDate effectiveDate = JapaneseDates.today();
    private Long evidenceItemId;
    private String evidenceNote;
    private transient UploadedFile evidenceFile;
    private boolean staff;
    private String summary;
    private transient java.util.List<AuditReadModel.HistoryLine> history;

    public void load() throws IOException {
        if (auditId != null) {
            return;
        }
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such audit");
            return;
        }
        try {
            auditId = parsed;
            reload();
        } catch (RuntimeException e) {
            if (FacesMessages.refusal(e) != null) {
                auditId = null;
                Pages.notFound("No such audit");
                return;
            }
            throw e;
        }
        staff = access.isStaff();
    }

    private void reload() {
        view = readModel.view(auditId);
        summary = view.audit().getSummary();
        history = null;
        answers.clear();
        notes.clear();
        for (AuditItem item : view.items()) {
            answers.put(item.getId(), item.getStatus() == null ? null : item.getStatus().name());
            notes.put(item.getId(), item.getNote());
        }
        for (Finding f : view.findings()) {
            severities.put(f.getId(), f.getSeverity().name());
            owners.put(f.getId(), f.getOwner());
            dues.put(f.getId(), f.getDueDate());
        }
    }

    /**
     * Saves every item whose answer or note was changed on the page, in one go (all or none): the way to answer a
     * whole catalogue without a save per row. Items left unanswered stay so.
     */
    public void answerAll() {
        Map<Long, Audits.Answer> changed = new java.util.LinkedHashMap<>();
        for (AuditItem item : view.items()) {
            AuditStatus status = parse(AuditStatus.class, answers.get(item.getId()));
            String note = blankToNull(notes.get(item.getId()));
            if (status != null && (status != item.getStatus() || !java.util.Objects.equals(note, blankToNull(item.getNote())))) {
                changed.put(item.getId(), new Audits.Answer(status, note));
            }
        }
        if (changed.isEmpty()) {
            FacesMessages.warn(messages.get("audit.nothingChanged"));
            return;
        }
        LocalDate day = effectiveDate == null ? JapaneseDates.today() : effectiveDate;
        if (FacesMessages.attempt(() -> audits.answerAll(auditId, changed, day),
                messages.format("audit.answeredMany", changed.size()))) {
            reload();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void saveSummary() {
        act(() -> audits.writeSummary(auditId, summary), "audit.summarySaved");
    }

    public void refresh() {
        act(() -> audits.refresh(auditId), "audit.refreshed");
    }

    public void complete() {
        act(() -> audits.complete(auditId), "audit.completedMessage");
    }

    /** The item a row's "add evidence" chose: the evidence form below is for it. */
    public void chooseEvidenceItem(long itemId) {
        evidenceItemId = itemId;
    }

    /** The requirement code of the item the evidence form is for, or null. */
    public String getEvidenceItemCode() {
        return evidenceItemId == null ? null : getView().items().stream().filter(i -> i.getId().equals(evidenceItemId))
                .findFirst().map(i -> i.getRequirement().getCode()).orElse(null);
    }

    public void addEvidence() {
        if (evidenceItemId == null) {
            FacesMessages.error(messages.get("audit.evidenceItemRequired"));
            return;
        }
        byte[] content = evidenceFile == null || evidenceFile.getSize() == 0 ? null : evidenceFile.getContent();
        String name = evidenceFile == null ? null : evidenceFile.getFileName();
        act(() -> evidenceFiles.addEvidence(evidenceItemId, evidenceNote, name, content,
                effectiveDate == null ? JapaneseDates.today() : effectiveDate), "audit.evidenceAdded");
        evidenceNote = null;
    }

    public void plan(long findingId) {
        Severity severity = parse(Severity.class, severities.get(findingId));
        LocalDate due = dues.get(findingId);
        if (due == null) {
            FacesMessages.error(messages.get("finding.dueInvalid"));
            return;
        }
        if (severity == null) {
            FacesMessages.error(messages.get("finding.severityRequired"));
            return;
        }
        act(() -> findings.plan(findingId, severity, owners.get(findingId), due), "finding.planned");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void startWork(long findingId) {
        act(() -> findings.startWork(findingId, findingNotes.remove(findingId)), "finding.started");
    }

    public void resolve(long findingId) {
        act(() -> findings.resolve(findingId, findingNotes.get(findingId)), "finding.resolved");
        findingNotes.remove(findingId);
    }

    public void verify(long findingId) {
        act(() -> findings.verify(findingId), "finding.verified");
    }

    public void reopen(long findingId) {
        act(() -> findings.reopen(findingId, findingNotes.get(findingId)), "finding.reopened");
        findingNotes.remove(findingId);
    }

    private void act(Runnable action, String okKey) {
        FacesMessages.attempt(action, messages.get(okKey));
        reload();
    }

    /**
     * Whether the caller answers this audit: the officer their self-assessment, staff their audit, the auditing
     * institution's officer a peer check.
     */
    public boolean isAuditor() {
        return view.callerAnswers();
    }

    public boolean isStaff() {
        return staff;
    }

    public String evidenceLink() {
        return staff ? "/staff/documents/audit-evidence" : "/institution/documents/audit-evidence";
    }

    /** The audit's history, read when the page shows it. */
    public java.util.List<AuditReadModel.HistoryLine> getHistory() {
        if (history == null) {
            history = readModel.history(auditId);
        }
        return history;
    }

    public String reportLink() {
        return staff ? "/staff/documents/audit-report" : "/institution/documents/audit-report";
    }

    /** The audit's results as CSV, under the caller's own area. */
    public String resultsLink() {
        return staff ? "/staff/documents/audit-results.csv" : "/institution/documents/audit-results.csv";
    }

    public boolean overdue(Finding finding) {
        return finding.isOverdue(JapaneseDates.today());
    }

    public AuditStatus[] getStatuses() {
        return AuditStatus.values();
    }

    public Severity[] getSeverityValues() {
        return Severity.values();
    }

    /** How many of the audit's items are answered with the status (as stored). */
    public long count(String status) {
        return view.items().stream().filter(i -> i.getStatus() != null && i.getStatus().name().equals(status)).count();
    }

    public AuditReadModel.AuditView getView() {
        return view;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getFindingNotes() {
        return findingNotes;
    }

    public Map<Long, String> getSeverities() {
        return severities;
    }

    public Map<Long, String> getOwners() {
        return owners;
    }

    public Map<Long, LocalDate> getDues() {
        return dues;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public Long getEvidenceItemId() {
        return evidenceItemId;
    }

    public void setEvidenceItemId(Long evidenceItemId) {
        this.evidenceItemId = evidenceItemId;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = evidenceNote;
    }

    public UploadedFile getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(UploadedFile evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}
