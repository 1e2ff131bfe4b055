package jp.medsec.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.Certification;
import jp.medsec.certification.Holder;
import jp.medsec.certification.HolderRepository;
import jp.medsec.certification.points.PointEntry;
import jp.medsec.certification.points.PointLedger;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.ImportReport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records attendance three ways (an organiser's CSV list, reception check-in, staff entry) into the one attendance
 * ledger, and lands the event's points in the holder's ledger in the same transaction.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class AttendanceDesk {

    /** A certificate number anywhere in what a scanner typed (the QR code holds the verification URL). */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![A-Z0-9])[A-Z]{2,5}-[0-9]{4,8}(?![0-9])");
    public static final int MAX_LINES = 50_000;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private HolderRepository holders;

    @Inject
    private PointLedger ledger;

    @Inject
    private jp.medsec.personnel.GroupAssessor groups;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** Reception: a typed certificate number or a scanned certificate QR code (the verification URL). */
    public CheckInResult checkIn(long eventId, String scanned) {
        return recordOne(eventId, scanned, AttendanceMethod.CHECK_IN);
    }

    /** Staff enter an attendance by certificate number, e.g. from a paper list. */
    public CheckInResult recordByStaff(long eventId, String certificateNumber) {
        return recordOne(eventId, certificateNumber, AttendanceMethod.STAFF);
    }

    private CheckInResult recordOne(long eventId, String input, AttendanceMethod method) {
        Event event = event(eventId);
        Optional<CertificateNumber> number = extractNumber(input);
        if (number.isEmpty()) {
            return CheckInResult.refused(CheckInResult.Outcome.MALFORMED, input == null ? "" : input.strip());
        }
        Optional<Certification> certificate = holders.findCertificate(number.get());
        if (certificate.isEmpty()) {
            return CheckInResult.refused(CheckInResult.Outcome.UNKNOWN_NUMBER, number.get().value());
        }
        Certification c = certificate.get();
        boolean recorded = record(event, c.getHolder(), null, method);
        return new CheckInResult(recorded ? CheckInResult.Outcome.RECORDED : CheckInResult.Outcome.ALREADY_RECORDED,
                c.getCertificateNumber(), c.getHolder().getFullName(), c.getStatus(), recorded ? event.getPoints() : 0);
    }

    /**
     * An organiser's attendance list: a header with {@code certificate_number} (or 認定番号), optionally
     * {@code name}/氏名 (checked against the holder) and {@code attended_on}/受講日 (inside the event's dates).
     */
    public ImportReport importList(long eventId, @NotNull byte[] content) {
        Event event = event(eventId);
        CsvFiles.Upload upload = CsvFiles.readUpload(content, Set.of("certificate_number", "認定番号"), MAX_LINES);
        if (upload.refused()) {
            return upload.refusal();
        }
        List<CsvFiles.Line> lines = upload.lines();
        List<ImportReport.LineError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int recorded = 0;
        int already = 0;
        for (CsvFiles.Line line : lines) {
            String raw = line.field("certificate_number", "認定番号");
            if (raw == null) {
                errors.add(new ImportReport.LineError(line.number(), "MISSING_NUMBER", ""));
                continue;
            }
            if (!CertificateNumber.isWellFormed(raw)) {
                errors.add(new ImportReport.LineError(line.number(), "MALFORMED_NUMBER", raw));
                continue;
            }
            CertificateNumber number = CertificateNumber.parse(raw);
            if (seen.contains(number.value())) {
                errors.add(new ImportReport.LineError(line.number(), "DUPLICATE_IN_FILE", number.value()));
                continue;
            }
            Optional<Certification> certificate = holders.findCertificate(number);
            if (certificate.isEmpty()) {
                errors.add(new ImportReport.LineError(line.number(), "UNKNOWN_NUMBER", number.value()));
                continue;
            }
            Holder holder = certificate.get().getHolder();
            String name = line.field("name", "氏名");
            if (name != null && !sameName(name, holder)) {
                errors.add(new ImportReport.LineError(line.number(), "NAME_MISMATCH", name));
                continue;
            }
            String dateText = line.field("attended_on", "受講日", "出席日");
            LocalDate day = null;
            if (dateText != null) {
                day = CsvFiles.parseDate(dateText);
                if (day == null) {
                    errors.add(new ImportReport.LineError(line.number(), "BAD_DATE", dateText));
                    continue;
                }
                if (day.isBefore(event.getStartsOn()) || day.isAfter(event.getEndsOn())) {
                    errors.add(new ImportReport.LineError(line.number(), "DATE_OUTSIDE_EVENT", dateText));
                    continue;
                }
            }
            seen.add(number.value()); // a number is a duplicate only after a line with it was accepted
            if (record(event, holder, day, AttendanceMethod.CSV)) {
                recorded++;
            } else {
                already++;
            }
        }
        return new ImportReport(lines.size(), recorded, already, List.copyOf(errors), upload.charset());
    }

    public List<AttendanceRow> attendees(long eventId) {
        return em.createQuery("select new jp.medsec.events.AttendanceRow(h.id, concat(h.familyName, ' ', h.givenName), "
                        + "concat(h.familyNameKana, ' ', h.givenNameKana), a.attendedOn, a.method, a.recordedBy, a.recordedAt) "
                        + "from Attendance a join a.holder h where a.event.id = :event order by a.recordedAt desc, a.id desc",
                        AttendanceRow.class)
                .setParameter("event", eventId)
                .getResultList();
    }

    /** Records the attendance and its points unless already recorded; answers whether it was new. */
    private boolean record(Event event, Holder holder, LocalDate day, AttendanceMethod method) {
        Long existing = em.createQuery("select count(a) from Attendance a where a.event = :e and a.holder = :h", Long.class)
                .setParameter("e", event).setParameter("h", holder).getSingleResult();
        if (existing > 0) {
            return false;
        }
        Instant now = clock.instant();
        String by = context.getCallerPrincipal().getName();
        Attendance attendance = new Attendance(event, holder, day, method, by, now);
        em.persist(attendance);
        if (event.awardsPoints()) {
            ledger.add(PointEntry.forAttendance(holder, event.getId(), event.getPointCategory(), event.getPoints(),
                    attendance.getAttendedOn(), event.isMandatorySeminar(), event.getTitle(), by, now));
        }
        // The same attendance completes the event's course modules: one ledger, two effects.
        groups.complete(holder.getId(), event.getModules(), attendance.getAttendedOn(), event.getId());
        return true;
    }

    private Event event(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new jp.medsec.shared.NotFound("There is no event " + eventId);
        }
        return event;
    }

    static Optional<CertificateNumber> extractNumber(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER_IN_TEXT.matcher(java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT));
        return matcher.find() ? Optional.of(new CertificateNumber(matcher.group())) : Optional.empty();
    }

    private static boolean sameName(String name, Holder holder) {
        String given = name.replaceAll("[\\s\u3000]+", "");
        return given.equals(holder.getFamilyName() + holder.getGivenName())
                || jp.medsec.certification.Kana.toKatakana(given).equals(holder.getFamilyNameKana() + holder.getGivenNameKana());
    }

}
