package jp.medsec.peercheck;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.notification.MailTemplates;
import jp.medsec.shared.NotFound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dated steps of an institution's checks (as checker and as checked) for its calendar feed, reached with the
 * feed's secret instead of a sign-in (API.md): a wrong secret or code is not found.
 */
@Stateless
@PermitAll
public class PeerCheckCalendar {


    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** One event of the feed: a stable UID, the all-day date, SEQUENCE, and whether both sides have confirmed. */
    public record Entry(String uid, LocalDate date, String summary, String description, int sequence,
                        boolean confirmed) {
    }

    /**
     * The feed's entries; with {@code checkId}, those of that one check only.
     *
     * @throws NotFound when the code or the secret is wrong, or the check is not the institution's
     */
    public List<Entry> entries(String institutionCode, String token, Long checkId) {
        Institution institution = em.createQuery("select i from Institution i where i.institutionCode = :c",
                Institution.class).setParameter("c", institutionCode).getResultStream().findFirst().orElse(null);
        if (institution == null || !institution.hasCalendarToken(token)) {
            throw new NotFound("There is no calendar at this address");
        }
        List<PeerCheck> checks = em.createQuery("select p from PeerCheck p left join fetch p.cycle c join fetch p.checked "
                        + "join fetch p.checker where (p.checked = :i or p.checker = :i) and (c.status <> :draft "
                        + "or p.request.state = :accepted) order by p.id", PeerCheck.class).setParameter("i", institution)
                .setParameter("draft", CycleStatus.DRAFT).setParameter("accepted", RequestState.ACCEPTED)
                .getResultList();
        if (checkId != null && checks.stream().noneMatch(c -> c.getId().equals(checkId))) {
            throw new NotFound("There is no check " + checkId + " in this calendar");
        }
        List<Entry> entries = new ArrayList<>();
        for (PeerCheck check : checks) {
            LocalDate visit = check.plannedVisit();
            if (visit == null || (checkId != null && !check.getId().equals(checkId))) {
                continue;
            }
            boolean checker = check.getChecker().getId().equals(institution.getId());
            String pair = checker ? check.getChecked().getName() + " をチェック"
                    : check.getChecker().getName() + " によるチェック";
            String kind = MailTemplates.text("peerCheckReminder.kind." + check.getKind().name());
            for (CheckStep step : CheckStep.values()) {
                // The step's name as the reminder mails give it (one wording for both).
                String title = MailTemplates.text("peerCheckReminder.step." + step.name());
                entries.add(new Entry("peer-check-" + check.getId() + "-" + step.name().toLowerCase().replace('_', '-')
                        + "@medsec-registry", step.dateFor(visit), kind + " " + title + "：" + pair,
                        check.getFiscalYear() + "年度 " + kind + "（" + check.getChecker().getName() + " → "
                                + check.getChecked().getName() + "）" + (check.isConfirmed() ? ""
                                : " ※訪問日は未確定です"), check.getSequence(), check.isConfirmed()));
            }
        }
        return entries;
    }
}
