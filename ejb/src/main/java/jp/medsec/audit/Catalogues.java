package jp.medsec.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The requirement catalogues: public reference data (API.md "Institutions"). */
@Stateless
@PermitAll
public class Catalogues {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /**
     * The version of a framework's catalogue (for {@link Framework#TIER}, of the tier's) in force on a day: the one that
     * took effect last, on or before it ({@link Catalogue#currentOf}). A framework has a handful of versions, so all are
     * read and the domain rule chooses.
     */
    public Optional<Catalogue> current(Framework framework, InstitutionTier tier, LocalDate day) {
        List<Catalogue> versions = tier == null
                ? em.createQuery("select c from Catalogue c where c.framework = :f and c.tier is null", Catalogue.class)
                        .setParameter("f", framework).getResultList()
                : em.createQuery("select c from Catalogue c where c.framework = :f and c.tier = :t", Catalogue.class)
                        .setParameter("f", framework).setParameter("t", tier).getResultList();
        return Catalogue.currentOf(versions, day);
    }

    /** The version of a framework's catalogue in force today in Japan (e.g. this fiscal year's MHLW checklist form). */
    public Optional<Catalogue> current(Framework framework) {
        return current(framework, null, JapaneseDates.today());
    }

    /** The catalogue of a tier's requirements in force today in Japan. */
    public Optional<Catalogue> currentForTier(InstitutionTier tier) {
        return current(Framework.TIER, tier, JapaneseDates.today());
    }

    /** The current tier requirements in the source's order. */
    public List<CatalogueItem> tierRequirements(InstitutionTier tier) {
        return currentForTier(tier).map(this::items).orElse(List.of());
    }

    public List<CatalogueItem> items(Catalogue catalogue) {
        return em.createQuery("select i from CatalogueItem i join fetch i.catalogue where i.catalogue = :c order by i.sortOrder",
                CatalogueItem.class).setParameter("c", catalogue).getResultList();
    }

    /** Every catalogue of a framework, newest first (the MHLW checklist has one per fiscal year). */
    public List<Catalogue> ofFramework(Framework framework) {
        return em.createQuery("select c from Catalogue c where c.framework = :f order by c.fiscalYear desc, c.code",
                Catalogue.class).setParameter("f", framework).getResultList();
    }

    public Optional<Catalogue> byCode(String code) {
        return em.createQuery("select c from Catalogue c where c.code = :code", Catalogue.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
