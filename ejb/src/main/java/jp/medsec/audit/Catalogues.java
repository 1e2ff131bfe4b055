package jp.medsec.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.InstitutionTier;

import java.util.List;
import java.util.Optional;

/** The requirement catalogues: public reference data (API.md "Institutions"). */
@Stateless
@PermitAll
public class Catalogues {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** The current catalogue of a tier's requirements. */
    public Optional<Catalogue> currentForTier(InstitutionTier tier) {
        return em.createQuery("select c from Catalogue c where c.framework = :f and c.tier = :t and c.current = true "
                        + "order by c.effectiveFrom desc", Catalogue.class)
                .setParameter("f", Framework.TIER).setParameter("t", tier).setMaxResults(1).getResultStream().findFirst();
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
