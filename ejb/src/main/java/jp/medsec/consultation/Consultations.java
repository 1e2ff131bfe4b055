package jp.medsec.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.peercheck.LeadingHospitals;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;

import java.time.Instant;
import java.util.List;

/**
 * Advice to ASSISTED hospitals (DESIGN.md section 4): an ASSISTED hospital's officer asks a LEADING hospital, whose
 * officer answers. An officer sees the questions its hospital asked or was asked; staff see all of them; anyone else
 * gets not found.
 */
@Stateless
public class Consultations {

    /** How many of the newest consultations staff see at once (they are counted in full). */
    public static final int STAFF_PAGE = 200;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private LeadingHospitals leadingHospitals;

    /**
     * One consultation as a reader sees it.
     *
     * @param asked whether the reader's hospital asked it (false: it was asked of the reader's hospital, or staff read)
     */
    public record Line(long id, int fiscalYear, String institutionCode, String institutionName, String adviserCode,
                       String adviserName, String subject, String question, Instant askedAt, String answer,
                       Instant answeredAt, boolean asked) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    /** A page of consultations for staff, and how many there are in all. */
    public record Page(List<Line> lines, long total, long unanswered) {
    }

    /** Whether the officer's hospital asks (ASSISTED) or may be asked (LEADING), or neither. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public InstitutionTier ownTier() {
        return em.find(Institution.class, access.ownInstitutionId()).getTier();
    }

    /** The LEADING hospitals the officer's ASSISTED hospital may ask, nearest first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<LeadingHospitals.Candidate> advisers() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        return own.getTier() == InstitutionTier.ASSISTED ? leadingHospitals.nearest(own) : List.of();
    }

    /** The officer's ASSISTED hospital asks the LEADING hospital of the code. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long ask(String adviserCode, String subject, String question) {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        if (adviserCode == null || adviserCode.isBlank()) {
            throw new IllegalArgumentException("adviser: choose a leading hospital");
        }
        Institution adviser = em.createQuery("select i from Institution i where i.institutionCode = :c",
                Institution.class).setParameter("c", adviserCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("adviser: there is no institution " + adviserCode));
        Consultation consultation = new Consultation(own, adviser,
                CertificationCycle.fiscalYearOf(JapaneseDates.today()), subject, question, access.callerName(),
                Instant.now());
        em.persist(consultation);
        return consultation.getId();
    }

    /** The adviser's officer answers a question asked of its hospital. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void answer(long consultationId, String answer) {
        Consultation consultation = readable(consultationId);
        if (consultation.getAdviser().getId() != access.ownInstitutionId()) {
            throw new NotFound("There is no question " + consultationId + " asked of this institution");
        }
        consultation.answer(answer, access.callerName(), Instant.now());
    }

    /** The questions the officer's hospital asked or was asked, unanswered first, newest first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<Line> mine() {
        long own = access.ownInstitutionId();
        return em.createQuery("select c from Consultation c join fetch c.institution join fetch c.adviser "
                        + "where c.institution.id = :i or c.adviser.id = :i "
                        + "order by case when c.answeredAt is null then 0 else 1 end, c.askedAt desc", Consultation.class)
                .setParameter("i", own).setMaxResults(STAFF_PAGE).getResultStream()
                .map(c -> line(c, c.getInstitution().getId() == own)).toList();
    }

    /** One consultation, for one of its two hospitals or staff; anyone else gets not found. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public Line one(long consultationId) {
        Consultation c = readable(consultationId);
        return line(c, !access.isStaff() && c.getInstitution().getId() == access.ownInstitutionId());
    }

    /** The newest consultations, with how many there are and how many wait for an answer. */
    @RolesAllowed(Role.STAFF_NAME)
    public Page all() {
        List<Line> lines = em.createQuery("select c from Consultation c join fetch c.institution join fetch c.adviser "
                        + "order by case when c.answeredAt is null then 0 else 1 end, c.askedAt desc", Consultation.class)
                .setMaxResults(STAFF_PAGE).getResultStream().map(c -> line(c, false)).toList();
        Object[] counts = em.createQuery("select count(c), sum(case when c.answeredAt is null then 1 else 0 end) "
                + "from Consultation c", Object[].class).getSingleResult();
        return new Page(lines, ((Number) counts[0]).longValue(), counts[1] == null ? 0 : ((Number) counts[1]).longValue());
    }

    private Consultation readable(long consultationId) {
        Consultation c = em.createQuery("select c from Consultation c join fetch c.institution join fetch c.adviser "
                + "where c.id = :id", Consultation.class).setParameter("id", consultationId).getResultStream()
                .findFirst().orElse(null);
        if (c == null || !(access.isStaff() || c.involves(access.ownInstitutionId()))) {
            throw new NotFound("There is no question " + consultationId);
        }
        return c;
    }

    private static Line line(Consultation c, boolean asked) {
        return new Line(c.getId(), c.getFiscalYear(), c.getInstitution().getInstitutionCode(),
                c.getInstitution().getName(), c.getAdviser().getInstitutionCode(), c.getAdviser().getName(),
                c.getSubject(), c.getQuestion(), c.getAskedAt(), c.getAnswer(), c.getAnsweredAt(), asked);
    }
}
