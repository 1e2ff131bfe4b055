package jp.medsec.personnel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.certification.Holder;

import java.util.Map;
import java.util.Set;

/**
 * Security-personnel profiles: a holder reads and edits their own, staff anyone's. Every save recomputes the group
 * and is kept in the history.
 */
@Stateless
public class PersonnelProfiles {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private GroupAssessor groups;

    @Inject
    private CurrentAccount currentAccount;

    @RolesAllowed(Role.HOLDER_NAME)
    public PersonnelOverview mine() {
        return overview(myHolderId());
    }

    @RolesAllowed(Role.HOLDER_NAME)
    public PersonnelOverview saveMine(Set<Qualification> qualifications, Map<ManagementMode, Double> years,
                                      HisIntroduction introduction, boolean practice, boolean onsite, boolean guideline) {
        return save(myHolderId(), qualifications, years, introduction, practice, onsite, guideline);
    }

    @RolesAllowed(Role.STAFF_NAME)
    public PersonnelOverview of(long holderId) {
        return overview(holderId);
    }

    @RolesAllowed(Role.STAFF_NAME)
    public PersonnelOverview saveFor(long holderId, Set<Qualification> qualifications, Map<ManagementMode, Double> years,
                                     HisIntroduction introduction, boolean practice, boolean onsite, boolean guideline) {
        return save(holderId, qualifications, years, introduction, practice, onsite, guideline);
    }

    private PersonnelOverview save(long holderId, Set<Qualification> qualifications, Map<ManagementMode, Double> years,
                                   HisIntroduction introduction, boolean practice, boolean onsite, boolean guideline) {
        if (em.find(Holder.class, holderId) == null) {
            throw new jp.medsec.shared.NotFound("There is no person " + holderId);
        }
        PersonnelProfile profile = em.find(PersonnelProfile.class, holderId);
        if (profile == null) {
            profile = new PersonnelProfile(holderId);
            em.persist(profile);
        }
        profile.state(qualifications, years, introduction, practice, onsite, guideline);
        groups.assess(holderId);
        return overview(holderId);
    }

    private PersonnelOverview overview(long holderId) {
        Holder holder = em.find(Holder.class, holderId);
        if (holder == null) {
            throw new jp.medsec.shared.NotFound("There is no person " + holderId);
        }
        PersonnelProfile profile = em.find(PersonnelProfile.class, holderId);
        Set<Qualification> registry = groups.registryQualifications(holderId);
        Set<String> completed = groups.completedModules(holderId);
        PersonnelFacts facts = profile != null ? profile.facts(registry, completed, groups.completedOnsite(holderId))
                : new PersonnelFacts(registry, null, null, false, completed, false, false);
        Classification classification = GroupClassifier.classify(facts);
        Curriculum curriculum = CurriculumPlanner.plan(classification.group() == null ? Group.C : classification.group(),
                facts.qualifications());
        return new PersonnelOverview(holderId, holder.getFullName(), profile, registry, completed, classification, curriculum);
    }

    private long myHolderId() {
        return currentAccount.caller().map(CurrentAccount.Caller::holderId)
                .orElseThrow(() -> new IllegalStateException("This account is linked to no person"));
    }
}
