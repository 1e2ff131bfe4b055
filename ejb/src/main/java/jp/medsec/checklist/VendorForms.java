package jp.medsec.checklist;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import jp.medsec.audit.Catalogue;
import jp.medsec.audit.CatalogueItem;
import jp.medsec.audit.Catalogues;
import jp.medsec.audit.ItemKind;
import jp.medsec.institution.Institution;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The vendor form (事業者確認用) answered through a single-use, expiring link, without an account. The answers land on
 * the institution's record as a vendor response. A forged or unknown link, a used one and an expired one are refused
 * (and nothing is stored).
 */
@Stateless
@PermitAll
public class VendorForms {

    /** What the vendor sees. */
    public record Form(String vendorName, String institutionName, Catalogue catalogue, List<CatalogueItem> items,
                       Instant expiresAt) {
    }

    /** One answer as submitted. */
    public record Submitted(Answer answer, LocalDate checkedOn, LocalDate targetDate, String note) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private Catalogues catalogues;

    public Form open(String token) {
        VendorToken link = usable(token, false);
        Institution institution = em.find(Institution.class, link.getVendor().getInstitutionId());
        return new Form(link.getVendor().getName(), institution.getName(), link.getCatalogue(),
                catalogues.items(link.getCatalogue()), link.getExpiresAt());
    }

    /**
     * Stores every answer or none: each requirement needs an answer and a check date, a いいえ a target date inside the
     * fiscal year. Problems name their field ({@code answers.<code>.<field>}).
     */
    public int submit(String token, String respondent, Map<String, Submitted> answers) {
        VendorToken link = usable(token, true);
        List<CatalogueItem> items = catalogues.items(link.getCatalogue());
        List<ChecklistProblems.Problem> problems = new ArrayList<>();
        if (respondent == null || respondent.isBlank() || respondent.strip().length() > 100) {
            problems.add(new ChecklistProblems.Problem("respondent", "the name of the person answering (1 to 100 characters) is required",
                    "checklist.respondent", new Object[0]));
        }
        for (String code : answers.keySet()) {
            if (items.stream().noneMatch(i -> i.getCode().equals(code))) {
                problems.add(new ChecklistProblems.Problem("answers." + code, "there is no such item on this form"));
            }
        }
        ChecklistResponse response = new ChecklistResponse(link.getVendor().getInstitutionId(), link.getCatalogue(),
                link.getVendor(), respondent == null ? "" : respondent.strip());
        List<ChecklistAnswer> stored = new ArrayList<>();
        Instant now = Instant.now();
        for (CatalogueItem item : items) {
            Submitted s = answers.get(item.getCode());
            String field = "answers." + item.getCode();
            if (s == null || s.answer() == null) {
                if (item.getKind() == ItemKind.REQUIREMENT) {
                    problems.add(new ChecklistProblems.Problem(field + ".answer", "YES or NO is required",
                            "checklist.answerMissing", new Object[]{item.getCode()}));
                }
                continue;
            }
            ChecklistAnswer answer = new ChecklistAnswer(response, item);
            try {
                answer.answer(s.answer(), s.checkedOn(), s.targetDate(), s.note(), respondent == null ? "vendor" : respondent.strip(), now);
                stored.add(answer);
            } catch (RuleViolation e) {
                String which = switch (e.code()) {
                    case "checklist.checkedOn" -> ".checkedOn";
                    default -> ".targetDate";
                };
                problems.add(new ChecklistProblems.Problem(field + which, e.getMessage(), e.code(), e.arguments()));
            } catch (IllegalArgumentException e) {
                problems.add(new ChecklistProblems.Problem(field + ".note", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistProblems(problems);
        }
        response.submit(now);
        em.persist(response);
        stored.forEach(em::persist);
        link.use(now);
        return stored.size();
    }

    private VendorToken usable(String token, boolean lock) {
        if (!VendorToken.isWellFormed(token)) {
            throw new VendorLinkRefused(VendorToken.Refusal.UNKNOWN);
        }
        VendorToken link = em.createQuery("select t from VendorToken t join fetch t.vendor join fetch t.catalogue "
                        + "where t.tokenHash = :h", VendorToken.class)
                .setParameter("h", VendorToken.hash(token))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElseThrow(() -> new VendorLinkRefused(VendorToken.Refusal.UNKNOWN));
        VendorToken.Refusal refusal = link.refusal(Instant.now());
        if (refusal != null) {
            throw new VendorLinkRefused(refusal);
        }
        return link;
    }
}
