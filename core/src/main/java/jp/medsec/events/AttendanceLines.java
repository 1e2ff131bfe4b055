package jp.medsec.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.Certification;
import jp.medsec.certification.Holder;
import jp.medsec.certification.HolderRepository;
import jp.medsec.certification.Kana;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.LineRefused;
import jp.medsec.imports.RecentKeys;
import jp.medsec.shared.NotFound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An organiser's attendance list for one event: a header with {@code certificate_number} (or 認定番号), optionally
 * {@code name}/氏名 (checked against the holder) and {@code attended_on}/受講日 (inside the event's dates).
 */
@ApplicationScoped
public class AttendanceLines implements CsvLineImporter {

    public static final String KIND = "ATTENDANCE";

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private HolderRepository holders;

    @Inject
    private AttendanceRecorder recorder;

    /** A good line: who attended, on which day (null: the event's first day). */
    record Attended(long holderId, LocalDate day) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> identifyingColumns() {
        return Set.of("certificate_number", "認定番号");
    }

    @Override
    public Set<String> allowedRoles() {
        return Set.of(Role.STAFF_NAME);
    }

    @Override
    public void checkTarget(Long eventId) {
        event(eventId);
    }

    private Event event(Long eventId) {
        Event event = eventId == null ? null : em.find(Event.class, eventId);
        if (event == null) {
            throw new NotFound("There is no event " + eventId);
        }
        event.requireAttendable();
        return event;
    }

    @Override
    public Object check(CsvFiles.Line line, ImportJob job, RecentKeys recentKeys) throws LineRefused {
        Event event = event(job.targetId());
        String raw = line.field("certificate_number", "認定番号");
        if (raw == null) {
            throw new LineRefused("certificate_number", "MISSING_NUMBER", "");
        }
        if (!CertificateNumber.isWellFormed(raw)) {
            throw new LineRefused("certificate_number", "MALFORMED_NUMBER", raw);
        }
        CertificateNumber number = CertificateNumber.parse(raw);
        if (recentKeys.contains(number.value())) {
            throw new LineRefused("certificate_number", "DUPLICATE_IN_FILE", number.value());
        }
        Optional<Certification> certificate = holders.findCertificate(number);
        if (certificate.isEmpty()) {
            throw new LineRefused("certificate_number", "UNKNOWN_NUMBER", number.value());
        }
        Holder holder = certificate.get().getHolder();
        String name = line.field("name", "氏名");
        if (name != null && !sameName(name, holder)) {
            throw new LineRefused("name", "NAME_MISMATCH", name);
        }
        String dateText = line.field("attended_on", "受講日", "出席日");
        LocalDate day = null;
        if (dateText != null) {
            day = CsvFiles.parseDate(dateText);
            if (day == null) {
                throw new LineRefused("attended_on", "BAD_DATE", dateText);
            }
            if (day.isBefore(event.getStartsOn()) || day.isAfter(event.getEndsOn())) {
                throw new LineRefused("attended_on", "DATE_OUTSIDE_EVENT", dateText);
            }
        }
        Optional<Long> recordedBy = recorder.recordedBy(event, holder);
        if (recordedBy.isPresent() && recordedBy.get() == job.runId()) {
            throw new LineRefused("certificate_number", "DUPLICATE_IN_FILE", number.value());
        }
        recentKeys.remember(number.value(), line.number()); // a duplicate only after a line with it was accepted
        return recordedBy.isPresent() ? ALREADY_RECORDED : new Attended(holder.getId(), day);
    }

    @Override
    public void store(List<Object> checked, ImportJob job) {
        Event event = event(job.targetId());
        List<Attendance> recorded = new ArrayList<>(checked.size());
        for (Object item : checked) {
            Attended attended = (Attended) item;
            recorded.add(recorder.record(new Attendance(event, em.find(Holder.class, attended.holderId()), attended.day(),
                    job.submittedBy(), job.submittedAt(), job.runId())));
        }
        // Module completions read what is recorded, so they follow once every attendance of the chunk is written.
        if (!event.getModules().isEmpty()) {
            recorded.forEach(recorder::completeModules);
        }
    }

    private static boolean sameName(String name, Holder holder) {
        String given = name.replaceAll("[\\s\u3000]+", "");
        return given.equals(holder.getFamilyName() + holder.getGivenName())
                || Kana.toKatakana(given).equals(holder.getFamilyNameKana() + holder.getGivenNameKana());
    }
}
