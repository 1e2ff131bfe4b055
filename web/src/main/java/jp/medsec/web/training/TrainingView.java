package jp.medsec.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.training.StaffRoster;
import jp.medsec.training.StaffRosterLines;
import jp.medsec.training.TrainingCompliances;
import jp.medsec.training.TrainingImports;
import jp.medsec.training.TrainingRecordLines;
import jp.medsec.web.faces.PagedModel;
import jp.medsec.web.i18n.Messages;
import jp.medsec.web.imports.UploadedImport;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The officer's staff training page ({@code /institution/training.xhtml}): the roster and training-record uploads,
 * the roster searched and filtered by department a page at a time, and the compliance job's figures for a fiscal year
 * with the trend, who is missing by department (paged) and the CSV of who is missing.
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Imports imports;

    @Inject
    private TrainingImports trainingImports;

    @Inject
    private StaffRoster roster;

    @Inject
    private TrainingCompliances compliances;

    @Inject
    private Messages messages;

    @Inject
    private jp.medsec.training.TrainingAttendance attendance;

    /** The session being recorded: its day, kind, title and provider, and who attended. */
    private LocalDate sessionOn;
    private jp.medsec.training.TrainingKind sessionKind = jp.medsec.training.TrainingKind.LECTURE;
    private String sessionTitle;
    private String sessionProvider;
    private String attendeeNumbers;
    private String attendeeDepartment;

    private long institutionId;
    private Integer year;
    private TrainingCompliances.Result result;
    private List<TrainingCompliances.Result> trend;
    private List<TrainingCompliances.DepartmentMissing> byDepartment;
    private List<String> departments;

    private String text;
    private String department;
    private boolean leavers;
    private StaffRoster.Query query = new StaffRoster.Query(null, null, false);
    private String missingDepartment;

    private final UploadedImport rosterUpload = new UploadedImport(StaffRosterLines.KIND, "training.rosterDone");
    private final UploadedImport recordsUpload = new UploadedImport(TrainingRecordLines.KIND, "training.recordsDone");

    private final LazyDataModel<StaffRoster.Row> staff = new PagedModel<>(filters -> roster.count(institutionId, query),
            (first, size, sort, filters) -> roster.page(institutionId, query, first, size), StaffRoster.Row::id);

    private final LazyDataModel<TrainingCompliances.Missing> missing = new PagedModel<>(
            filters -> result == null ? 0 : compliances.countMissing(result.id(), missingDepartment),
            (first, size, sort, filters) -> result == null ? List.of()
                    : compliances.missingPage(result.id(), missingDepartment, first, size),
            TrainingCompliances.Missing::staffNumber);

    public void load() {
        institutionId = access.ownInstitutionId();
        if (year == null) {
            year = CertificationCycle.fiscalYearOf(JapaneseDates.today());
        }
        trend = compliances.trend(institutionId);
        result = compliances.latest(institutionId, year).orElse(null);
        byDepartment = result == null ? List.of() : compliances.missingByDepartment(result.id());
        departments = roster.departments(institutionId);
    }

    public void uploadRoster(FileUploadEvent event) {
        rosterUpload.submit(imports, (name, content) -> submission(
                trainingImports.submitRoster(institutionId, name, content, null)), event.getFile(), Imports.MAX_BYTES, messages);
        departments = roster.departments(institutionId);
    }

    public void uploadRecords(FileUploadEvent event) {
        recordsUpload.submit(imports, (name, content) -> submission(
                trainingImports.submitRecords(name, content, null)), event.getFile(), Imports.MAX_BYTES, messages);
    }

    private static Imports.Submission submission(TrainingImports.Outcome outcome) {
        return new Imports.Submission(outcome.runId(), outcome.refusal());
    }

    /** Records the session and who attended it; says how many were added, already recorded, and unknown numbers. */
    public void recordSession() {
        jp.medsec.training.TrainingAttendance.Recorded[] done = new jp.medsec.training.TrainingAttendance.Recorded[1];
        if (jp.medsec.web.faces.FacesMessages.attempt(() -> done[0] = attendance.record(sessionOn, sessionKind, sessionTitle, sessionProvider,
                attendeeNumbers, attendeeDepartment), null)) {
            jp.medsec.training.TrainingAttendance.Recorded r = done[0];
            jp.medsec.web.faces.FacesMessages.info(messages.format("training.sessionRecorded", String.valueOf(r.added()),
                    String.valueOf(r.already())));
            if (!r.unknown().isEmpty()) {
                jp.medsec.web.faces.FacesMessages.warn(messages.format("training.sessionUnknown", String.valueOf(r.unknown().size()),
                        String.join(", ", r.unknown().subList(0, Math.min(20, r.unknown().size())))
                                + (r.unknown().size() > 20 ? " …" : "")));
            }
            attendeeNumbers = r.unknown().isEmpty() ? null : String.join("\n", r.unknown());
            attendeeDepartment = null;
        }
    }

    public jp.medsec.training.TrainingKind[] getKinds() {
        return jp.medsec.training.TrainingKind.values();
    }

    public LocalDate getSessionOn() {
        return sessionOn;
    }

    public void setSessionOn(LocalDate sessionOn) {
        this.sessionOn = sessionOn;
    }

    public jp.medsec.training.TrainingKind getSessionKind() {
        return sessionKind;
    }

    public void setSessionKind(jp.medsec.training.TrainingKind sessionKind) {
        this.sessionKind = sessionKind;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public String getSessionProvider() {
        return sessionProvider;
    }

    public void setSessionProvider(String sessionProvider) {
        this.sessionProvider = sessionProvider;
    }

    public String getAttendeeNumbers() {
        return attendeeNumbers;
    }

    public void setAttendeeNumbers(String attendeeNumbers) {
        this.attendeeNumbers = attendeeNumbers;
    }

    public String getAttendeeDepartment() {
        return attendeeDepartment;
    }

    public void setAttendeeDepartment(String attendeeDepartment) {
        this.attendeeDepartment = attendeeDepartment;
    }

    /** The poll while an upload's import runs. */
    public void refresh() {
        boolean rosterRunning = rosterUpload.isRunning();
        rosterUpload.refresh(imports, messages);
        recordsUpload.refresh(imports, messages);
        if (rosterRunning && !rosterUpload.isRunning()) {
            departments = roster.departments(institutionId);
        }
    }

    public void search() {
        query = new StaffRoster.Query(text, department, leavers);
    }

    /** The staff list with the filters the page shows, as CSV. */
    public void export() throws java.io.IOException {
        search();
        jp.medsec.web.documents.Downloads.redirect("/institution/documents/staff.csv", "leavers", String.valueOf(leavers),
                "text", text == null || text.isBlank() ? null : text.strip(), "department", department);
    }

    /** Lists the missing of one department (or all, with null). */
    public void showMissing(String department) {
        missingDepartment = department;
    }

    public String errorText(ImportReport.LineError error) {
        return UploadedImport.errorText(error, messages);
    }

    /** A rate (0–1) as a percentage for people: 98.59%. */
    public String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** The trend as a Chart.js bar chart: the rate of each fiscal year the job has run for. */
    public String getTrendChart() {
        String labels = trend.stream().map(r -> "\"" + messages.format("training.fiscalYear", String.valueOf(r.fiscalYear())) + "\"")
                .collect(Collectors.joining(","));
        String values = trend.stream().map(r -> r.rate() == null ? "null" : r.rate().movePointRight(2).toPlainString())
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + messages.get("training.rate").replace("\"", "") + "\",\"data\":[" + values
                + "],\"backgroundColor\":\"#2f6f8f\"}]},\"options\":{\"animation\":false,\"scales\":{\"y\":{\"min\":0,\"max\":100}},"
                + "\"plugins\":{\"legend\":{\"display\":false}}}}";
    }

    public String getMissingCsvPath() {
        return result == null ? null : "/institution/documents/training-missing?id=" + result.id();
    }

    /** 2026年度（令和8年度）; FY2026 in English. */
    public String yearLabel(Integer fiscalYear) {
        return yearLabel(messages, fiscalYear);
    }

    /** A fiscal year with its 和暦 year, in the reader's words (the national view says it the same way). */
    static String yearLabel(Messages messages, int fiscalYear) {
        String era = java.time.format.DateTimeFormatter.ofPattern("GGGGy年度", java.util.Locale.JAPAN)
                .withChronology(java.time.chrono.JapaneseChronology.INSTANCE)
                .format(java.time.chrono.JapaneseDate.from(jp.medsec.training.ComplianceRule.firstDay(fiscalYear)));
        return messages.format("training.fiscalYearOption", String.valueOf(fiscalYear), era, String.valueOf(fiscalYear + 1));
    }

    /** What counts for this institution's tier, in words: 講習会, or 講習会・e-learning. */
    public String getQualifyingKindsText() {
        return result == null ? "" : result.qualifyingKinds().stream().map(k -> messages.get("trainingKind." + k.name()))
                .collect(Collectors.joining(messages.get("training.kindSeparator")));
    }

    public boolean isLeaver(StaffRoster.Row row) {
        return row.isLeaver(JapaneseDates.today());
    }

    public List<Integer> getYears() {
        int current = CertificationCycle.fiscalYearOf(JapaneseDates.today());
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.add(current);
        years.add(current - 1);
        trend.forEach(r -> years.add(r.fiscalYear()));
        return List.copyOf(years);
    }

    public UploadedImport getRosterUpload() {
        return rosterUpload;
    }

    public UploadedImport getRecordsUpload() {
        return recordsUpload;
    }

    public LazyDataModel<StaffRoster.Row> getStaff() {
        return staff;
    }

    public LazyDataModel<TrainingCompliances.Missing> getMissing() {
        return missing;
    }

    public TrainingCompliances.Result getResult() {
        return result;
    }

    public List<TrainingCompliances.Result> getTrend() {
        return trend;
    }

    public List<TrainingCompliances.DepartmentMissing> getByDepartment() {
        return byDepartment;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public String getMissingDepartment() {
        return missingDepartment;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isLeavers() {
        return leavers;
    }

    public void setLeavers(boolean leavers) {
        this.leavers = leavers;
    }

    public LocalDate getToday() {
        return JapaneseDates.today();
    }
}
