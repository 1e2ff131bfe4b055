package jp.medsec.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationsChanged;
import jp.medsec.certification.CertificationType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a person's group from their profile, the registry's current certifications and the modules they completed,
 * and stores it on the profile. Called whenever one of these changes: profile edits, certification changes, module
 * completions, and daily after the certification statuses job.
 */
@ApplicationScoped
public class GroupAssessor implements CertificationsChanged {

    private static final List<CertificationStatus> CURRENT = List.of(CertificationStatus.ACTIVE,
            CertificationStatus.RENEWAL_DUE, CertificationStatus.DEFERRED);

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CompletionCertificateIssuer completionCertificates;

    /**
     * The person's classification now, stored on their profile (empty if they have no profile); and any completion
     * certificate that their completed modules and current exemptions now earn.
     */
    public Optional<Classification> assess(long holderId) {
        PersonnelProfile profile = em.find(PersonnelProfile.class, holderId);
        Set<Qualification> registry = registryQualifications(holderId);
        if (profile == null) {
            completionCertificates.issueDue(holderId, new PersonnelFacts(registry, null, null, false, null, false, false)
                    .qualifications());
            return Optional.empty();
        }
        PersonnelFacts facts = profile.facts(registry, completedModules(holderId), completedOnsite(holderId));
        Classification classification = GroupClassifier.classify(facts);
        profile.regroup(classification.group(), Instant.now());
        completionCertificates.issueDue(holderId, facts.qualifications());
        return Optional.of(classification);
    }

    /** A certification of the person changed: their group and completion certificates may change with it. */
    @Override
    public void changedFor(long holderId) {
        assess(holderId);
    }

    /** The registry's certifications of the person that are current, as qualifications. */
    public Set<Qualification> registryQualifications(long holderId) {
        Set<Qualification> held = EnumSet.noneOf(Qualification.class);
        em.createQuery("select c.type from Certification c where c.holder.id = :h and c.status in :current",
                        CertificationType.class)
                .setParameter("h", holderId).setParameter("current", CURRENT).getResultList()
                .forEach(type -> held.add(Qualification.valueOf(type.name())));
        return held;
    }

    /**
     * Whether a LEADING hospital recorded an on-site training of the person as completed (alternative ⑤). Read from
     * the table, so that the classification does not depend on the on-site training subject, which depends on it.
     */
    public boolean completedOnsite(long holderId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM onsite_trainee WHERE holder_id = ? "
                + "AND state = 'COMPLETED'").setParameter(1, holderId).getSingleResult()).longValue() > 0;
    }

    public Set<String> completedModules(long holderId) {
        return new TreeSet<>(em.createQuery("select distinct m.moduleCode from ModuleCompletion m where m.holderId = :h",
                String.class).setParameter("h", holderId).getResultList());
    }

    /** Records the modules an event completes for a person (a module already completed is not recorded again). */
    public void complete(long holderId, Set<String> modules, LocalDate day, Long eventId) {
        Set<String> done = completedModules(holderId);
        for (String module : modules) {
            if (!done.contains(module) || module.startsWith("CONT-")) {
                em.persist(new ModuleCompletion(holderId, module, day, eventId));
            }
        }
        if (!modules.isEmpty()) {
            assess(holderId);
        }
    }
}
