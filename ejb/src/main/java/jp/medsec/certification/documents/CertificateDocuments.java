package jp.medsec.certification.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.Certification;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.Holder;
import jp.medsec.certification.HolderRepository;
import jp.medsec.certification.points.PointEntry;
import jp.medsec.certification.points.PointLedger;
import jp.medsec.documents.Issuer;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Printable documents: a holder's certificate (their own only; staff any) with the QR code of its verification page,
 * and a holder's attendance certificate for a chosen period. Expired or revoked certifications get no certificate.
 */
@Stateless
public class CertificateDocuments {

    public static final int MAX_PERIOD_YEARS = 10;

    private static final Map<CertificationType, String[]> TYPE_NAMES = Map.of(
            CertificationType.HIT, new String[]{"医療情報技師", "Healthcare Information Technologist"},
            CertificationType.SENIOR_HIT, new String[]{"上級医療情報技師", "Senior Healthcare Information Technologist"},
            CertificationType.MIIS, new String[]{"医用画像情報専門技師", "Medical Imaging Information Specialist"});
    private static final Map<String, String> CATEGORY_NAMES = Map.of("EVENT", "研修会・学会", "JAMI_MEMBERSHIP", "学会会員",
            "COMMITTEE", "委員会", "EXAM_QUESTIONS", "試験問題作成", "IHE_JUDGING", "IHE審査", "LECTURING", "講師",
            "PUBLICATION", "論文・著作");

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private HolderRepository holders;

    @Inject
    private PointLedger ledger;

    /** The signed-in holder's certificate of the given number; refused for someone else's number. */
    @RolesAllowed(Role.HOLDER_NAME)
    public byte[] myCertificate(@NotNull CertificateNumber number, @NotNull String verificationBaseUrl) {
        Certification certification = holders.findCertificate(number)
                .filter(c -> c.getHolder().getId().equals(myHolderId()))
                .orElseThrow(() -> new jp.medsec.shared.NotFound("You hold no certificate " + number));
        return render(certification, verificationBaseUrl);
    }

    @RolesAllowed(Role.STAFF_NAME)
    public byte[] certificate(@NotNull CertificateNumber number, @NotNull String verificationBaseUrl) {
        return render(holders.findCertificate(number)
                .orElseThrow(() -> new jp.medsec.shared.NotFound("No certificate has the number " + number)), verificationBaseUrl);
    }

    /**
     * The first day a certificate can print in both calendars: the Japanese calendar (明治6年1月1日) of java.time
     * starts there.
     */
    public static final LocalDate EARLIEST_DAY = JapaneseDates.FIRST_WAREKI_DAY;

    /** The signed-in holder's attendance certificate: everything recorded from {@code from} to {@code to}. */
    @RolesAllowed(Role.HOLDER_NAME)
    public byte[] myAttendanceCertificate(@NotNull LocalDate from, @NotNull LocalDate to) {
        if (to.isBefore(from)) {
            throw new jp.medsec.shared.InputRejected("documents.periodOrder", "The period ends (" + to + ") before it starts ("
                    + from + ")", from.toString(), to.toString());
        }
        if (from.plusYears(MAX_PERIOD_YEARS).isBefore(to)) {
            throw new jp.medsec.shared.InputRejected("documents.periodTooLong", "The period may be at most "
                    + MAX_PERIOD_YEARS + " years", MAX_PERIOD_YEARS);
        }
        if (from.isBefore(EARLIEST_DAY)) {
            throw new jp.medsec.shared.InputRejected("documents.periodTooEarly", "The period may start on "
                    + EARLIEST_DAY + " at the earliest", EARLIEST_DAY.toString());
        }
        Holder holder = holders.find(myHolderId()).orElseThrow(() -> new IllegalStateException("No holder for this account"));
        List<AttendanceCertificatePdf.Line> lines = ledger.entriesOf(holder.getId()).stream()
                .filter(e -> !e.getEarnedOn().isBefore(from) && !e.getEarnedOn().isAfter(to))
                .sorted(Comparator.comparing(PointEntry::getEarnedOn).thenComparing(PointEntry::getId))
                .map(e -> new AttendanceCertificatePdf.Line(e.getEarnedOn(), e.getDescription(),
                        CATEGORY_NAMES.getOrDefault(e.getCategory(), e.getCategory()), e.getPoints()))
                .toList();
        return AttendanceCertificatePdf.render(new AttendanceCertificatePdf.Facts(holder.getFullName(), holder.getFullNameKana(),
                holder.getCertifications().stream().map(Certification::getCertificateNumber).toList(), from, to, lines,
                JapaneseDates.today(), Issuer.NAME));
    }

    private byte[] render(Certification c, String verificationBaseUrl) {
        if (!c.getStatus().isCurrent()) {
            throw new IllegalStateException("Certificate " + c.getCertificateNumber() + " is " + c.getStatus()
                    + ": no certificate is printed for it");
        }
        String[] names = TYPE_NAMES.get(c.getType());
        Holder h = c.getHolder();
        return CertificatePdf.render(new CertificatePdf.Facts(c.getCertificateNumber(), names[0], names[1], h.getFullName(),
                h.getFullNameKana(), c.getFirstCertifiedOn(), c.getValidFrom(), c.getValidUntil(),
                Issuer.verificationUrl(verificationBaseUrl, c.getCertificateNumber()), JapaneseDates.today(), Issuer.NAME));
    }

    private long myHolderId() {
        return currentAccount.caller().map(CurrentAccount.Caller::holderId)
                .orElseThrow(() -> new IllegalStateException("This account is linked to no holder"));
    }
}
