package jp.medsec.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.Holder;
import jp.medsec.personnel.GroupAssessor;
import jp.medsec.certification.points.PointEntry;
import jp.medsec.certification.points.PointLedger;

import java.time.Instant;

/**
 * The one attendance ledger's write side: an attendance lands the event's points in the holder's ledger and completes
 * the event's course modules, in the same transaction, however it was recorded (reception, staff, an organiser's list).
 */
@ApplicationScoped
public class AttendanceRecorder {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private PointLedger ledger;

    @Inject
    private GroupAssessor groups;

    public boolean alreadyRecorded(Event event, Holder holder) {
        return em.createQuery("select count(a) from Attendance a where a.event = :e and a.holder = :h", Long.class)
                .setParameter("e", event).setParameter("h", holder).getSingleResult() > 0;
    }

    /** The import that recorded the holder's attendance of the event (0 for another way), if any did. */
    public java.util.Optional<Long> recordedBy(Event event, Holder holder) {
        return em.createQuery("select coalesce(a.importRunId, 0) from Attendance a where a.event = :e and a.holder = :h",
                        Long.class)
                .setParameter("e", event).setParameter("h", holder).getResultStream().findFirst();
    }

    /** Records a new attendance with its points; its course modules follow with {@link #completeModules}. */
    public Attendance record(Attendance attendance) {
        Event event = attendance.getEvent();
        em.persist(attendance);
        if (event.awardsPoints()) {
            ledger.add(PointEntry.forAttendance(attendance.getHolder(), event.getId(), event.getPointCategory(),
                    event.getPoints(), attendance.getAttendedOn(), event.isMandatorySeminar(), event.getTitle(),
                    attendance.getRecordedBy(), attendance.getRecordedAt()));
        }
        return attendance;
    }

    /** The same attendance completes the event's course modules: one ledger, two effects. */
    public void completeModules(Attendance attendance) {
        Event event = attendance.getEvent();
        groups.complete(attendance.getHolder().getId(), event.getModules(), attendance.getAttendedOn(), event.getId());
    }

    /** Records one attendance and everything that follows from it; answers whether it was new. */
    public boolean recordIfNew(Event event, Holder holder, java.time.LocalDate day, AttendanceMethod method, String by,
                               Instant now) {
        if (alreadyRecorded(event, holder)) {
            return false;
        }
        completeModules(record(new Attendance(event, holder, day, method, by, now)));
        return true;
    }
}
