package jp.medsec.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.certification.points.PointCategory;
import jp.medsec.certification.points.PointCategoryRepository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Events that earn points: registered and listed by association staff. */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class EventCatalogue {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private PointCategoryRepository categories;

    public long register(@NotNull @Valid EventDraft draft) {
        if (categories.inForce(draft.startsOn()).stream().noneMatch(c -> c.getCode().equals(draft.pointCategory()))) {
            throw new jp.medsec.shared.NotFound("Unknown point category " + draft.pointCategory());
        }
        Event event = new Event(draft.title(), draft.kind(), draft.organiser(), draft.startsOn(), draft.endsOn(),
                draft.points(), draft.pointCategory(), draft.mandatorySeminar());
        event.locate(draft.venue());
        event.cover(draft.modules() == null ? java.util.Set.of() : draft.modules());
        em.persist(event);
        return event.getId();
    }

    /** Corrects an event as announced, while nobody has attended it. */
    public void revise(long id, @NotNull @Valid EventDraft draft) {
        editable(id).revise(draft.title(), draft.kind(), draft.organiser(), draft.startsOn(), draft.endsOn(), draft.venue(),
                draft.points());
    }

    /** Cancels an event (中止), while nobody has attended it. */
    public void cancel(long id, String reason) {
        editable(id).cancel(reason, java.time.Instant.now());
    }

    /** How many attended the event. */
    public long attendees(long id) {
        return em.createQuery("select count(a) from Attendance a where a.event.id = :id", Long.class).setParameter("id", id)
                .getSingleResult();
    }

    private Event editable(long id) {
        Event event = find(id).orElseThrow(() -> new jp.medsec.shared.NotFound("There is no event " + id));
        long attended = attendees(id);
        if (attended > 0) {
            throw new jp.medsec.shared.RuleViolation("event.hasAttendance", "The event " + id + " has " + attended
                    + " attendances and can no longer be changed or cancelled", attended);
        }
        return event;
    }

    public List<EventSummary> recentAndUpcoming() {
        return em.createQuery("select new jp.medsec.events.EventSummary(e, (select count(a) from Attendance a "
                        + "where a.event = e)) from Event e order by e.startsOn desc, e.id desc", EventSummary.class)
                .setMaxResults(500)
                .getResultList();
    }

    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    /** Categories an event may award, as in force today. */
    public List<PointCategory> pointCategories() {
        return categories.inForce(LocalDate.now(ZoneId.of("Asia/Tokyo")));
    }
}
