package jp.medsec.checklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.audit.Catalogue;
import jp.medsec.audit.CatalogueItem;
import jp.medsec.audit.Catalogues;
import jp.medsec.audit.Framework;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MHLW checklist on an institution's record: the officer answers the institution form (はい/いいえ, check date, a
 * target date inside the fiscal year for いいえ), registers vendors and sends each a single-use link to the vendor form;
 * staff read everything. Other institutions' ids are "not found".
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class Checklists {


    /** One form as the page shows it: the items, the institution's answers by item code, the vendors' responses. */
    public record ChecklistView(Catalogue catalogue, List<CatalogueItem> items, Map<String, ChecklistAnswer> answers,
                                List<VendorResponse> vendorResponses) implements java.io.Serializable {
        public long unanswered() {
            return items.stream().filter(i -> !answers.containsKey(i.getCode())).count();
        }
    }

    /** A vendor's submitted answers. */
    public record VendorResponse(Vendor vendor, Catalogue catalogue, Instant submittedAt, List<ChecklistAnswer> answers) implements java.io.Serializable {
        public long noCount() {
            return answers.stream().filter(a -> a.getAnswer() == Answer.NO).count();
        }
    }

    /** A link, queued to be mailed to the vendor's contact (and shown, to pass on by hand if need be). */
    public record Invitation(String link, Instant expiresAt, boolean queued) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Catalogues catalogues;

    @Inject
    private jp.medsec.notification.Outbox outbox;

    public List<Catalogue> institutionForms() {
        return catalogues.ofFramework(Framework.MHLW_INSTITUTION);
    }

    public List<Catalogue> vendorForms() {
        return catalogues.ofFramework(Framework.MHLW_VENDOR);
    }

    /** This fiscal year's institution form: the one in force today in Japan (empty before the first takes effect). */
    public Optional<Catalogue> currentInstitutionForm() {
        return catalogues.current(Framework.MHLW_INSTITUTION);
    }

    /** This fiscal year's vendor form, the one vendor links go to. */
    public Optional<Catalogue> currentVendorForm() {
        return catalogues.current(Framework.MHLW_VENDOR);
    }

    public ChecklistView view(long institutionId, @NotNull String catalogueCode) {
        access.readable(institutionId);
        Catalogue catalogue = form(catalogueCode, Framework.MHLW_INSTITUTION);
        ChecklistResponse response = own(institutionId, catalogue, false);
        Map<String, ChecklistAnswer> answers = new LinkedHashMap<>();
        if (response != null) {
            answersOf(response).forEach(a -> answers.put(a.getItem().getCode(), a));
        }
        List<VendorResponse> vendors = em.createQuery("select r from ChecklistResponse r join fetch r.vendor join fetch r.catalogue "
                        + "where r.institutionId = :i and r.vendor is not null and r.catalogue.fiscalYear = :fy "
                        + "order by r.submittedAt desc", ChecklistResponse.class)
                .setParameter("i", institutionId).setParameter("fy", catalogue.getFiscalYear()).getResultList().stream()
                .map(r -> new VendorResponse(r.getVendor(), r.getCatalogue(), r.getSubmittedAt(), answersOf(r))).toList();
        return new ChecklistView(catalogue, catalogues.items(catalogue), answers, vendors);
    }

    /** The officer's answer to one item of their institution's form. */
    public void answer(long institutionId, @NotNull String catalogueCode, @NotNull String itemCode, @NotNull Answer answer,
                       LocalDate checkedOn, LocalDate targetDate, String note) {
        access.changeable(institutionId);
        Catalogue catalogue = form(catalogueCode, Framework.MHLW_INSTITUTION);
        CatalogueItem item = catalogues.items(catalogue).stream().filter(i -> i.getCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new jp.medsec.shared.NotFound("itemCode: there is no item " + itemCode));
        ChecklistResponse response = own(institutionId, catalogue, true);
        ChecklistAnswer existing = em.createQuery("select a from ChecklistAnswer a where a.response = :r and a.item = :i",
                ChecklistAnswer.class).setParameter("r", response).setParameter("i", item).getResultStream().findFirst().orElse(null);
        ChecklistAnswer target = existing == null ? new ChecklistAnswer(response, item) : existing;
        target.answer(answer, checkedOn, targetDate, note, access.callerName(), Instant.now());
        if (existing == null) {
            em.persist(target);
        }
    }

    /** One item's answer, for {@link #answerAll}. */
    public record ItemAnswer(@NotNull Answer answer, LocalDate checkedOn, LocalDate targetDate, String note)
            implements java.io.Serializable {
    }

    /**
     * Many items answered in one save, all or none (one transaction), each as {@link #answer} would; a refusal names
     * its item. Answers how many were saved.
     */
    public int answerAll(long institutionId, @NotNull String catalogueCode, @NotNull Map<String, ItemAnswer> answers) {
        answers.forEach((code, a) -> answer(institutionId, catalogueCode, code, a.answer(), a.checkedOn(), a.targetDate(),
                a.note()));
        return answers.size();
    }

    public List<Vendor> vendors(long institutionId) {
        access.readable(institutionId);
        return em.createQuery("select v from Vendor v where v.institutionId = :i order by v.name", Vendor.class)
                .setParameter("i", institutionId).getResultList();
    }

    public Vendor addVendor(long institutionId, String name, String contactName, String contactEmail, String systems) {
        access.changeable(institutionId);
        Vendor vendor = new Vendor(institutionId, name, contactName, contactEmail, systems);
        em.persist(vendor);
        return vendor;
    }

    /** A single-use link to the vendor form of the fiscal year, mailed to the vendor's contact; the link is also returned. */
    public Invitation invite(long vendorId, @NotNull String catalogueCode, @NotNull String baseUrl) {
        Vendor vendor = em.find(Vendor.class, vendorId);
        if (vendor == null) {
            throw new jp.medsec.shared.NotFound("There is no vendor " + vendorId);
        }
        Institution institution = access.changeable(vendor.getInstitutionId());
        Catalogue catalogue = form(catalogueCode, Framework.MHLW_VENDOR);
        VendorToken.Issued issued = VendorToken.issue(vendor, catalogue, access.callerName(), Instant.now());
        em.persist(issued.entity());
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String link = base + "/vendor.xhtml?t=" + issued.token();
        boolean queued = enqueue(issued.entity().getId(), vendor, institution, catalogue, link, issued.entity().getExpiresAt());
        return new Invitation(link, issued.entity().getExpiresAt(), queued);
    }

    /** The mail goes through the outbox: sent after this transaction commits, never inside it. */
    private boolean enqueue(long tokenId, Vendor vendor, Institution institution, Catalogue catalogue, String link,
                            Instant expires) {
        return outbox.enqueue("vendor-link:" + tokenId, vendor.getContactEmail(), "vendorLink", institution.getName(),
                catalogue.getTitleJa(), vendor.getContactName(),
                expires.atZone(jp.medsec.shared.JapaneseDates.JAPAN).toLocalDate(), link);
    }

    private Catalogue form(String code, Framework framework) {
        Catalogue catalogue = catalogues.byCode(code).orElseThrow(() -> new jp.medsec.shared.NotFound("There is no form " + code));
        if (catalogue.getFramework() != framework) {
            throw new RuleViolation("checklist.wrongForm", code + " is not a " + framework + " form", code);
        }
        return catalogue;
    }

    private ChecklistResponse own(long institutionId, Catalogue catalogue, boolean create) {
        ChecklistResponse response = em.createQuery("select r from ChecklistResponse r where r.institutionId = :i "
                        + "and r.catalogue = :c and r.vendor is null", ChecklistResponse.class)
                .setParameter("i", institutionId).setParameter("c", catalogue).getResultStream().findFirst().orElse(null);
        if (response == null && create) {
            response = new ChecklistResponse(institutionId, catalogue, null, access.callerName());
            em.persist(response);
        }
        return response;
    }

    private List<ChecklistAnswer> answersOf(ChecklistResponse response) {
        return em.createQuery("select a from ChecklistAnswer a join fetch a.item where a.response = :r order by a.item.sortOrder",
                ChecklistAnswer.class).setParameter("r", response).getResultList();
    }
}
