package jp.medsec.personnel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.certification.Holder;
import jp.medsec.documents.Issuer;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completion certificates (受講修了証) of the security-personnel new courses: a person lists and prints their own,
 * staff anyone's; anyone verifies one by its number, as they verify a certification.
 */
@Stateless
public class CompletionCertificates {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** What a verifier sees. */
    public record VerifiedCompletion(String number, Group group, String holderName, LocalDate completedOn,
                                     LocalDate issuedOn, List<String> modulesTaken) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private CourseCatalogue catalogue;

    @RolesAllowed(Role.HOLDER_NAME)
    public List<CompletionCertificate> mine() {
        return list(myHolderId());
    }

    @RolesAllowed(Role.STAFF_NAME)
    public List<CompletionCertificate> of(long holderId) {
        return list(holderId);
    }

    private List<CompletionCertificate> list(long holderId) {
        return em.createQuery("select c from CompletionCertificate c where c.holderId = :h order by c.group",
                CompletionCertificate.class).setParameter("h", holderId).getResultList();
    }

    /** The signed-in person's own certificate of the given number; someone else's number is refused as unknown. */
    @RolesAllowed(Role.HOLDER_NAME)
    public byte[] myPdf(@NotNull String number, @NotNull String verificationBaseUrl) {
        CompletionCertificate certificate = find(number).filter(c -> c.getHolderId() == myHolderId())
                .orElseThrow(() -> new jp.medsec.shared.NotFound("You hold no completion certificate " + number));
        return render(certificate, verificationBaseUrl);
    }

    @RolesAllowed(Role.STAFF_NAME)
    public byte[] pdf(@NotNull String number, @NotNull String verificationBaseUrl) {
        return render(find(number).orElseThrow(() -> new jp.medsec.shared.NotFound("No completion certificate has the number "
                + number)), verificationBaseUrl);
    }

    @PermitAll
    public Optional<VerifiedCompletion> verify(String number) {
        return find(number).map(c -> new VerifiedCompletion(c.getNumber(), c.getGroup(),
                em.find(Holder.class, c.getHolderId()).getFullName(), c.getCompletedOn(),
                LocalDate.ofInstant(c.getIssuedAt(), JAPAN), c.getModulesTaken()));
    }

    private Optional<CompletionCertificate> find(String number) {
        if (!CompletionCertificate.isNumber(number)) {
            return Optional.empty();
        }
        return em.createQuery("select c from CompletionCertificate c where c.number = :n", CompletionCertificate.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    private byte[] render(CompletionCertificate c, String verificationBaseUrl) {
        Holder holder = em.find(Holder.class, c.getHolderId());
        Map<String, CourseModule> modules = catalogue.byCode();
        List<CompletionCertificatePdf.Module> taken = c.getModulesTaken().stream()
                .map(code -> new CompletionCertificatePdf.Module(code, modules.get(code).getTitleJa())).toList();
        return CompletionCertificatePdf.render(new CompletionCertificatePdf.Facts(c.getNumber(), courseJa(c.getGroup()),
                courseEn(c.getGroup()), holder.getFullName(), holder.getFullNameKana(), c.getCompletedOn(), taken,
                c.getModulesExempt(), Issuer.verificationUrl(verificationBaseUrl, c.getNumber()),
                JapaneseDates.today(), Issuer.NAME));
    }

    public static String courseJa(Group group) {
        return "医療情報セキュリティ人材 Group " + group + " 人材 新規講習";
    }

    public static String courseEn(Group group) {
        return "Medical information security personnel, Group " + group + " new course";
    }

    private long myHolderId() {
        return currentAccount.caller().map(CurrentAccount.Caller::holderId)
                .orElseThrow(() -> new IllegalStateException("This account is linked to no person"));
    }
}
