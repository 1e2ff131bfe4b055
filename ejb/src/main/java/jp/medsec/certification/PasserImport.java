package jp.medsec.certification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.imports.ImportReport;
import jp.medsec.geo.Prefecture;
import jp.medsec.imports.CsvFiles;
import jp.medsec.shared.JapaneseDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports exam passers (合格者) from the exam office's CSV file: a HIT passer becomes a holder (or, if the same person
 * is already registered, gets the certification), a Senior HIT or MIIS passer is found by their HIT certificate number
 * and must hold a current HIT. Every bad line is reported with its number and reason, good lines are kept, and a
 * line already imported (same type, pass year and exam number) creates nothing again.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class PasserImport {

    public static final int MAX_LINES = 20_000;
    private static final Map<String, CertificationType> TYPES = Map.of("HIT", CertificationType.HIT, "医療情報技師",
            CertificationType.HIT, "SENIOR_HIT", CertificationType.SENIOR_HIT, "上級医療情報技師", CertificationType.SENIOR_HIT,
            "MIIS", CertificationType.MIIS, "医用画像情報専門技師", CertificationType.MIIS);

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CertificationRuleRepository rules;

    @Inject
    private CertificateNumbers numbers;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    public ImportReport importPassers(@NotNull byte[] content) {
        CsvFiles.Upload upload = CsvFiles.readUpload(content, Set.of("exam_number", "受験番号"), MAX_LINES);
        if (upload.refused()) {
            return upload.refusal();
        }
        List<CsvFiles.Line> lines = upload.lines();
        List<ImportReport.LineError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int already = 0;
        LocalDate today = JapaneseDates.today();
        for (CsvFiles.Line line : lines) {
            try {
                if (importLine(line, seen, today) == Outcome.CREATED) {
                    created++;
                } else {
                    already++;
                }
            } catch (LineRefused e) {
                errors.add(new ImportReport.LineError(line.number(), e.reason, e.value));
            }
        }
        return new ImportReport(lines.size(), created, already, List.copyOf(errors), upload.charset());
    }

    private enum Outcome {
        CREATED, ALREADY_IMPORTED
    }

    private static final class LineRefused extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;
        final String value;

        LineRefused(String reason, String value) {
            super(reason, null, false, false);
            this.reason = reason;
            this.value = value == null ? "" : value;
        }
    }

    private Outcome importLine(CsvFiles.Line line, Set<String> seen, LocalDate today) throws LineRefused {
        String typeText = line.field("exam_type", "試験");
        String typeKey = typeText == null ? "" : typeText.strip();
        CertificationType type = TYPES.getOrDefault(typeKey, TYPES.get(typeKey.toUpperCase(Locale.ROOT)));
        if (type == null) {
            throw new LineRefused("BAD_TYPE", typeText);
        }
        String yearText = line.field("pass_year", "合格年");
        int passYear;
        try {
            passYear = Integer.parseInt(yearText == null ? "" : yearText.strip());
        } catch (NumberFormatException e) {
            throw new LineRefused("BAD_YEAR", yearText);
        }
        if (passYear < today.getYear() - 1 || passYear > today.getYear()) {
            throw new LineRefused("YEAR_OUT_OF_RANGE", yearText);
        }
        String examNumber = line.field("exam_number", "受験番号");
        if (examNumber == null || examNumber.length() > 20) {
            throw new LineRefused("BAD_EXAM_NUMBER", examNumber);
        }
        String key = type + "/" + passYear + "/" + examNumber;
        if (!seen.add(key)) {
            throw new LineRefused("DUPLICATE_IN_FILE", examNumber);
        }
        boolean imported = em.createQuery("select count(p) from ExamPass p where p.type = :t and p.passYear = :y "
                        + "and p.examNumber = :n", Long.class)
                .setParameter("t", type).setParameter("y", passYear).setParameter("n", examNumber).getSingleResult() > 0;
        if (imported) {
            return Outcome.ALREADY_IMPORTED;
        }
        Holder holder = type == CertificationType.HIT ? newOrSameHolder(line) : hitHolder(line, type);
        if (holder.certification(type) != null) {
            throw new LineRefused("ALREADY_HOLDS", holder.certification(type).getCertificateNumber());
        }
        CertificationRule rule = rules.inForce(type, LocalDate.of(passYear, 11, 1))
                .orElseThrow(() -> new IllegalStateException("No rule for the type"));
        Certification certification = holder.certify(type, numbers.next(type), rule.firstCycleAfterPassing(passYear));
        em.persist(certification);
        em.flush(); // the next number of the type must see this one
        em.persist(new ExamPass(type, passYear, examNumber, certification, context.getCallerPrincipal().getName(),
                clock.instant()));
        return Outcome.CREATED;
    }

    /** A Senior HIT or MIIS passer: the holder of the HIT number given, who must hold it currently. */
    private Holder hitHolder(CsvFiles.Line line, CertificationType type) throws LineRefused {
        String hitNumber = line.field("hit_number", "医療情報技師認定番号");
        if (hitNumber == null || !CertificateNumber.isWellFormed(hitNumber)) {
            throw new LineRefused("MISSING_HIT_NUMBER", hitNumber);
        }
        Optional<Certification> hit = em.createQuery("select c from Certification c join fetch c.holder where "
                        + "c.certificateNumber = :n and c.type = :hit", Certification.class)
                .setParameter("n", CertificateNumber.parse(hitNumber).value()).setParameter("hit", CertificationType.HIT)
                .getResultStream().findFirst();
        if (hit.isEmpty()) {
            throw new LineRefused("UNKNOWN_HIT_NUMBER", hitNumber);
        }
        if (!hit.get().getStatus().isCurrent()) {
            throw new LineRefused("HIT_NOT_CURRENT", hitNumber + " (" + hit.get().getStatus() + ")");
        }
        Holder holder = hit.get().getHolder();
        String family = line.field("family_name", "姓");
        if (family != null && !family.strip().equals(holder.getFamilyName())) {
            throw new LineRefused("NAME_MISMATCH", family);
        }
        return holder;
    }

    /** A HIT passer: the person already registered with the same reading and date of birth, else a new holder. */
    private Holder newOrSameHolder(CsvFiles.Line line) throws LineRefused {
        String family = line.field("family_name", "姓");
        String given = line.field("given_name", "名");
        String familyKana = line.field("family_name_kana", "セイ");
        String givenKana = line.field("given_name_kana", "メイ");
        if (family == null || given == null || familyKana == null || givenKana == null) {
            throw new LineRefused("MISSING_NAME", String.join(" ", String.valueOf(family), String.valueOf(given)));
        }
        PersonName name = new PersonName(family, given, familyKana, givenKana);
        LocalDate birthDate = null;
        String birth = line.field("birth_date", "生年月日");
        if (birth != null) {
            birthDate = CsvFiles.parseDate(birth);
            if (birthDate == null) {
                throw new LineRefused("BAD_DATE", birth);
            }
        }
        String email = line.field("email", "メールアドレス");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new LineRefused("BAD_EMAIL", email);
        }
        Prefecture prefecture = prefecture(line.field("prefecture", "都道府県"));
        if (birthDate != null) {
            Optional<Holder> same = em.createQuery("select h from Holder h where h.familyNameKana = :fk and h.givenNameKana = :gk "
                            + "and h.birthDate = :b", Holder.class)
                    .setParameter("fk", name.familyNameKana()).setParameter("gk", name.givenNameKana())
                    .setParameter("b", birthDate).getResultStream().findFirst();
            if (same.isPresent()) {
                return same.get();
            }
        }
        Holder holder = new Holder(name, prefecture);
        holder.changeContact(email, birthDate);
        em.persist(holder);
        return holder;
    }

    private Prefecture prefecture(String text) throws LineRefused {
        if (text == null) {
            throw new LineRefused("BAD_PREFECTURE", "");
        }
        String value = text.strip();
        Prefecture found = value.matches("\\d{1,2}") ? em.find(Prefecture.class, Integer.parseInt(value))
                : em.createQuery("select p from Prefecture p where p.nameJa = :n or p.nameEn = :n", Prefecture.class)
                .setParameter("n", value).getResultStream().findFirst().orElse(null);
        if (found == null) {
            throw new LineRefused("BAD_PREFECTURE", value);
        }
        return found;
    }
}
