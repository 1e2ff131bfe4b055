package jp.medsec.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.evidence.EvidenceFile;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.notification.MailLinks;
import jp.medsec.notification.Outbox;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Incident help (DESIGN.md section 5a). An officer reports an incident or asks for help; it reaches the hospital's
 * supporter (a LEADING hospital by an accepted support agreement) by mail and on its page, or the association's desk
 * (staff) when there is none. The supporter or staff acknowledge it, work it with notes and files, and resolve it; the
 * reporter adds notes and files too. Everything is on the timeline. Only the reporting institution, its supporter and
 * staff reach an incident, its notes or its files: any other id is not found.
 */
@Stateless
public class Incidents {

    public static final int PAGE = 200;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private CisoRecipients cisos;

    @Inject
    private Outbox outbox;

    @Inject
    private jp.medsec.peercheck.LeadingHospitals leadingHospitals;

    /** One incident in a list. */
    public record Line(long id, IncidentKind kind, String title, String institutionName, String supporterName,
                       IncidentState state, boolean careDisrupted, Instant reportedAt, boolean supporting) {
    }

    /** A support agreement in a list. */
    public record Agreement(long id, String institutionName, String supporterName, SupportAgreement.State state,
                            Instant proposedAt) {
    }

    /**
     * What an officer's page shows.
     *
     * @param supporter the hospital's accepted supporter, or null (the association's desk takes its reports)
     * @param proposed  its own proposal waiting for an answer, or null
     * @param toAnswer  proposals to the officer's LEADING hospital
     * @param supported the institutions it supports
     */
    public record Page(boolean leading, Agreement supporter, Agreement proposed, List<Agreement> toAnswer,
                       List<Agreement> supported, List<Line> reported, List<Line> supporting) {
    }

    /** One incident with its timeline and files, and what the reader may do. */
    public record Detail(Incident incident, List<TimelineEntry> timeline, List<FileLine> files, boolean handles,
                         boolean reporter) {
    }

    /** A file of an incident, without its bytes. */
    public record FileLine(long id, String fileName, int sizeBytes) {
    }

    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public Page page() {
        long own = access.ownInstitutionId();
        boolean leading = em.find(Institution.class, own).getTier() == InstitutionTier.LEADING;
        Agreement supporter = agreements("a.institution.id = :i and a.state = :s", own, SupportAgreement.State.ACCEPTED)
                .stream().findFirst().orElse(null);
        Agreement proposed = agreements("a.institution.id = :i and a.state = :s", own, SupportAgreement.State.PROPOSED)
                .stream().findFirst().orElse(null);
        List<Agreement> toAnswer = leading ? agreements("a.supporter.id = :i and a.state = :s", own,
                SupportAgreement.State.PROPOSED) : List.of();
        List<Agreement> supported = leading ? agreements("a.supporter.id = :i and a.state = :s", own,
                SupportAgreement.State.ACCEPTED) : List.of();
        return new Page(leading, supporter, proposed, toAnswer, supported, lines("n.institution.id = :i", own, own),
                leading ? lines("n.supporter.id = :i", own, own) : List.of());
    }

    /** The LEADING hospitals the officer's hospital may propose as its supporter, nearest first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<jp.medsec.peercheck.LeadingHospitals.Candidate> supporterCandidates() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        return own.getTier() == InstitutionTier.LEADING ? List.of() : leadingHospitals.nearest(own);
    }

    /** The officer proposes a LEADING hospital (by code) as the hospital's supporter; it accepts or declines. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long proposeSupporter(String supporterCode) {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        Institution supporter = byCode(supporterCode);
        Instant now = Instant.now();
        for (SupportAgreement open : em.createQuery("select a from SupportAgreement a where a.institution.id = :i "
                + "and a.state = :s", SupportAgreement.class).setParameter("i", own.getId())
                .setParameter("s", SupportAgreement.State.PROPOSED).getResultList()) {
            open.end(now);
        }
        SupportAgreement agreement = new SupportAgreement(own, supporter, false, access.callerName(), now);
        em.persist(agreement);
        return agreement.getId();
    }

    /** The proposed supporter's officer accepts (the institution's former supporter, if any, ends) or declines. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void answer(long agreementId, boolean accept) {
        SupportAgreement agreement = em.find(SupportAgreement.class, agreementId);
        if (agreement == null || !access.isOwn(agreement.getSupporter().getId())) {
            throw new NotFound("There is no proposal " + agreementId + " to your hospital");
        }
        Instant now = Instant.now();
        if (accept) {
            endAccepted(agreement.getInstitution().getId(), now);
            agreement.accept(now);
        } else {
            agreement.decline(now);
        }
    }

    /** Staff set an institution's supporter at once (the former one ends). */
    @RolesAllowed(Role.STAFF_NAME)
    public void setSupporter(String institutionCode, String supporterCode) {
        Institution institution = byCode(institutionCode);
        Institution supporter = byCode(supporterCode);
        Instant now = Instant.now();
        endAccepted(institution.getId(), now);
        em.persist(new SupportAgreement(institution, supporter, true, access.callerName(), now));
    }

    /** The officer reports an incident or asks for help: to the hospital's supporter, else to the association's desk. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long report(Incident.Report report) {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        Institution supporter = supporterOf(own.getId()).orElse(null);
        Instant now = Instant.now();
        Incident incident = new Incident(own, supporter, report,
                CertificationCycle.fiscalYearOf(JapaneseDates.today()), access.callerName(), now);
        em.persist(incident);
        em.persist(new TimelineEntry(incident, TimelineKind.REPORTED, TimelineEntry.Side.REPORTER,
                access.callerName(), now, null, null));
        em.flush();
        if (supporter != null) {
            for (CisoRecipients.Recipient ciso : cisos.of(supporter.getId())) {
                outbox.enqueue("incident:" + incident.getId() + ":reported:" + ciso.holderId(), ciso.email(),
                        "incidentReported", kindJa(incident.getKind()), own.getName(), incident.getTitle(),
                        ciso.name(), supporter.getName(), incident.isCareDisrupted() ? "あり" : "なし",
                        incident.getOccurredAt() == null ? "—" : WHEN.format(incident.getOccurredAt().atZone(JAPAN)),
                        incident.getWhatHappened(), incident.getContact(),
                        MailLinks.to("/institution/incident.xhtml?id=" + incident.getId()));
            }
        }
        String desk = System.getenv("MEDSEC_DESK_MAIL");
        if (supporter == null && desk != null && !desk.isBlank()) {
            outbox.enqueue("incident:" + incident.getId() + ":reported:desk", desk.strip(), "incidentReported",
                    kindJa(incident.getKind()), own.getName(), incident.getTitle(), "事務局 ご担当者",
                    "医療情報セキュリティ相談窓口", incident.isCareDisrupted() ? "あり" : "なし",
                    incident.getOccurredAt() == null ? "—" : WHEN.format(incident.getOccurredAt().atZone(JAPAN)),
                    incident.getWhatHappened(), incident.getContact(),
                    MailLinks.to("/staff/incident.xhtml?id=" + incident.getId()));
        }
        return incident.getId();
    }

    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public Detail one(long incidentId) {
        Incident incident = readable(incidentId);
        List<TimelineEntry> timeline = em.createQuery("select t from TimelineEntry t where t.incident.id = :i "
                + "order by t.writtenAt, t.id", TimelineEntry.class).setParameter("i", incidentId).getResultList();
        List<FileLine> files = em.createQuery("select f.id, f.fileName, f.sizeBytes from IncidentFile f "
                        + "where f.incident.id = :i order by f.id", Object[].class).setParameter("i", incidentId)
                .getResultStream().map(r -> new FileLine((Long) r[0], (String) r[1], (Integer) r[2])).toList();
        boolean staff = access.isStaff();
        boolean handles = staff || incident.isSupportedBy(access.ownInstitutionId());
        boolean reporter = !staff && incident.getInstitution().getId() == access.ownInstitutionId();
        return new Detail(incident, timeline, files, handles, reporter);
    }

    /** The supporter or staff have it in hand. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public void acknowledge(long incidentId) {
        Incident incident = handled(incidentId);
        Instant now = Instant.now();
        incident.acknowledge(now);
        em.persist(new TimelineEntry(incident, TimelineKind.ACKNOWLEDGED, side(incident), access.callerName(), now,
                null, null));
    }

    /** A note from the reporter, the supporter or staff. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public void note(long incidentId, String text) {
        Incident incident = readable(incidentId);
        TimelineEntry.Side side = side(incident);
        incident.noted(side != TimelineEntry.Side.REPORTER);
        em.persist(new TimelineEntry(incident, TimelineKind.NOTE, side, access.callerName(), Instant.now(), text,
                null));
    }

    /** A file (PDF, JPEG or PNG, checked by its content) from either side. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public long attach(long incidentId, String fileName, byte[] content) {
        Incident incident = readable(incidentId);
        incident.requireOpen();
        Instant now = Instant.now();
        IncidentFile file = new IncidentFile(incident, EvidenceFile.of(fileName, content), access.callerName(), now);
        em.persist(file);
        em.flush();
        em.persist(new TimelineEntry(incident, TimelineKind.FILE, side(incident), access.callerName(), now,
                file.getFileName(), file.getId()));
        return file.getId();
    }

    /** A file of an incident the reader may see; any other is not found. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public IncidentFile file(long fileId) {
        IncidentFile file = em.find(IncidentFile.class, fileId);
        if (file == null) {
            throw new NotFound("There is no file " + fileId);
        }
        readable(file.getIncident().getId());
        return file;
    }

    /** The supporter or staff resolve it, saying how. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public void resolve(long incidentId, String resolution) {
        Incident incident = handled(incidentId);
        Instant now = Instant.now();
        incident.resolve(resolution, now);
        em.persist(new TimelineEntry(incident, TimelineKind.RESOLVED, side(incident), access.callerName(), now,
                incident.getResolution(), null));
    }

    /** Every incident, those still open first, for staff. */
    @RolesAllowed(Role.STAFF_NAME)
    public List<Line> all() {
        return lines(null, null, null);
    }

    private Incident readable(long incidentId) {
        Incident incident = em.createQuery("select n from Incident n join fetch n.institution left join fetch "
                + "n.supporter where n.id = :id", Incident.class).setParameter("id", incidentId).getResultStream()
                .findFirst().orElse(null);
        if (incident == null || !(access.isStaff() || incident.involves(access.ownInstitutionId()))) {
            throw new NotFound("There is no incident " + incidentId);
        }
        return incident;
    }

    private Incident handled(long incidentId) {
        Incident incident = readable(incidentId);
        if (!access.isStaff() && !incident.isSupportedBy(access.ownInstitutionId())) {
            throw new RuleViolation("incident.notSupporter", "Only the supporting hospital or staff handle incident "
                    + incidentId);
        }
        return incident;
    }

    private TimelineEntry.Side side(Incident incident) {
        if (access.isStaff()) {
            return TimelineEntry.Side.STAFF;
        }
        return incident.isSupportedBy(access.ownInstitutionId()) ? TimelineEntry.Side.SUPPORTER
                : TimelineEntry.Side.REPORTER;
    }

    private Optional<Institution> supporterOf(long institutionId) {
        return em.createQuery("select a.supporter from SupportAgreement a where a.institution.id = :i and a.state = :s "
                        + "order by a.id desc", Institution.class).setParameter("i", institutionId)
                .setParameter("s", SupportAgreement.State.ACCEPTED).setMaxResults(1).getResultStream().findFirst();
    }

    private void endAccepted(long institutionId, Instant now) {
        for (SupportAgreement former : em.createQuery("select a from SupportAgreement a where a.institution.id = :i "
                + "and a.state = :s", SupportAgreement.class).setParameter("i", institutionId)
                .setParameter("s", SupportAgreement.State.ACCEPTED).getResultList()) {
            former.end(now);
        }
    }

    private Institution byCode(String code) {
        return em.createQuery("select i from Institution i where i.institutionCode = :c", Institution.class)
                .setParameter("c", code == null ? "" : code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("There is no institution " + code));
    }

    private List<Agreement> agreements(String condition, long institutionId, SupportAgreement.State state) {
        return em.createQuery("select a from SupportAgreement a join fetch a.institution join fetch a.supporter where "
                        + condition + " order by a.id desc", SupportAgreement.class).setParameter("i", institutionId)
                .setParameter("s", state).setMaxResults(PAGE).getResultStream()
                .map(a -> new Agreement(a.getId(), a.getInstitution().getName(), a.getSupporter().getName(),
                        a.getState(), a.getProposedAt())).toList();
    }

    private List<Line> lines(String condition, Long institutionId, Long own) {
        var query = em.createQuery("select n from Incident n join fetch n.institution left join fetch n.supporter"
                + (condition == null ? "" : " where " + condition)
                + " order by case when n.state = jp.medsec.incident.IncidentState.RESOLVED then 1 else 0 end, "
                + "n.reportedAt desc", Incident.class);
        if (institutionId != null) {
            query.setParameter("i", institutionId);
        }
        return query.setMaxResults(PAGE).getResultStream().map(n -> new Line(n.getId(), n.getKind(), n.getTitle(),
                n.getInstitution().getName(), n.getSupporter() == null ? null : n.getSupporter().getName(),
                n.getState(), n.isCareDisrupted(), n.getReportedAt(), own != null && n.isSupportedBy(own))).toList();
    }

    private static String kindJa(IncidentKind kind) {
        return kind == IncidentKind.INCIDENT ? "インシデント報告" : "相談";
    }
}
