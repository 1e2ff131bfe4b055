package jp.medsec.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.Certification;
import jp.medsec.certification.Holder;
import jp.medsec.certification.HolderRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records attendance at reception (check-in) and by staff entry into the one attendance ledger, which lands the event's
 * points in the holder's ledger in the same transaction; an organiser's CSV list goes through the import job
 * ({@link AttendanceLines}).
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class AttendanceDesk {

    /** A certificate number anywhere in what a scanner typed (the QR code holds the verification URL). */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![A-Z0-9])[A-Z]{2,5}-[0-9]{4,8}(?![0-9])");

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private HolderRepository holders;

    @Inject
    private AttendanceRecorder recorder;

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

    public List<AttendanceRow> attendees(long eventId) {
        return em.createQuery("select new jp.medsec.events.AttendanceRow(h.id, concat(h.familyName, ' ', h.givenName), "
                        + "concat(h.familyNameKana, ' ', h.givenNameKana), a.attendedOn, a.method, a.recordedBy, a.recordedAt) "
                        + "from Attendance a join a.holder h where a.event.id = :event order by a.recordedAt desc, a.id desc",
                        AttendanceRow.class)
                .setParameter("event", eventId)
                .getResultList();
    }

    private boolean record(Event event, Holder holder, LocalDate day, AttendanceMethod method) {
        return recorder.recordIfNew(event, holder, day, method, context.getCallerPrincipal().getName(), clock.instant());
    }

    private Event event(long eventId) {
        Event event = em.find(Event.class, eventId);
        if (event == null) {
            throw new jp.medsec.shared.NotFound("There is no event " + eventId);
        }
        event.requireAttendable();
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

}
