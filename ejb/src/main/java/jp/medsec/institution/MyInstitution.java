package jp.medsec.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;

import java.util.Optional;

/** An institution officer's own institution: the one their account belongs to, and no other. */
@Stateless
@RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
public class MyInstitution {

    /** The institution with the number of registered holders who work there. */
    public record Profile(Institution institution, long affiliatedHolders) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public Optional<Profile> profile() {
        return currentAccount.caller()
                .map(CurrentAccount.Caller::institutionId)
                .flatMap(id -> em.createQuery("select i from Institution i join fetch i.prefecture where i.id = :id",
                        Institution.class).setParameter("id", id).getResultStream().findFirst())
                .map(i -> new Profile(i, em.createQuery("select count(h) from Holder h where h.institution = :i", Long.class)
                        .setParameter("i", i).getSingleResult()));
    }
}
