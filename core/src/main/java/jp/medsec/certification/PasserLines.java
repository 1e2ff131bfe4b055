package jp.medsec.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.geo.Prefecture;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.LineRefused;
import jp.medsec.imports.RecentKeys;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exam passers (合格者) from the exam office's CSV file: a HIT passer becomes a holder (or, if the same person is
 * already registered, gets the certification), a Senior HIT or MIIS passer is found by their HIT certificate number
 * and must hold a current HIT. A line already imported (same type, pass year and exam number) creates nothing again.
 */
@ApplicationScoped
public class PasserLines implements CsvLineImporter {

    public static final String KIND = "EXAM_PASSERS";
    private static final Map<String, CertificationType> TYPES = Map.of("HIT", CertificationType.HIT, "医療情報技師",
            CertificationType.HIT, "SENIOR_HIT", CertificationType.SENIOR_HIT, "上級医療情報技師", CertificationType.SENIOR_HIT,
            "MIIS", CertificationType.MIIS, "医用画像情報専門技師", CertificationType.MIIS);

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CertificationRuleRepository rules;

    @Inject
    private CertificateNumbers numbers;

    /** A good line: the holder it goes to (null: a new one from the line's name) and the exam passed. */
    record Passer(CertificationType type, int passYear, String examNumber, Long holderId, PersonName name,
                  LocalDate birthDate, String email, Integer prefectureCode) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> identifyingColumns() {
        return Set.of("exam_number", "受験番号");
    }

    @Override
    public Set<String> allowedRoles() {
        return Set.of(Role.STAFF_NAME);
    }

    @Override
    public Object check(CsvFiles.Line line, ImportJob job, RecentKeys recentKeys) throws LineRefused {
        LocalDate today = JapaneseDates.today();
        String typeText = line.field("exam_type", "試験");
        String typeKey = typeText == null ? "" : typeText.strip();
        CertificationType type = TYPES.getOrDefault(typeKey, TYPES.get(typeKey.toUpperCase(Locale.ROOT)));
        if (type == null) {
            throw new LineRefused("exam_type", "BAD_TYPE", typeText);
        }
        String yearText = line.field("pass_year", "合格年");
        int passYear;
        try {
            passYear = Integer.parseInt(yearText == null ? "" : yearText.strip());
        } catch (NumberFormatException e) {
            throw new LineRefused("pass_year", "BAD_YEAR", yearText);
        }
        if (passYear < today.getYear() - 1 || passYear > today.getYear()) {
            throw new LineRefused("pass_year", "YEAR_OUT_OF_RANGE", yearText);
        }
        String examNumber = line.field("exam_number", "受験番号");
        if (examNumber == null || examNumber.length() > 20) {
            throw new LineRefused("exam_number", "BAD_EXAM_NUMBER", examNumber);
        }
        if (recentKeys.remember(type + "/" + passYear + "/" + examNumber, line.number()) != null) {
            throw new LineRefused("exam_number", "DUPLICATE_IN_FILE", examNumber);
        }
        Optional<Long> importedBy = em.createQuery("select coalesce(p.importRunId, 0) from ExamPass p where p.type = :t "
                        + "and p.passYear = :y and p.examNumber = :n", Long.class)
                .setParameter("t", type).setParameter("y", passYear).setParameter("n", examNumber)
                .getResultStream().findFirst();
        if (importedBy.isPresent()) {
            if (importedBy.get() == job.runId()) {
                throw new LineRefused("exam_number", "DUPLICATE_IN_FILE", examNumber);
            }
            return ALREADY_RECORDED;
        }
        return type == CertificationType.HIT ? hitPasser(line, passYear, examNumber) : laterPasser(line, type, passYear, examNumber);
    }

    /** A Senior HIT or MIIS passer: the holder of the HIT number given, who must hold it currently. */
    private Passer laterPasser(CsvFiles.Line line, CertificationType type, int passYear, String examNumber) throws LineRefused {
        String hitNumber = line.field("hit_number", "医療情報技師認定番号");
        if (hitNumber == null || !CertificateNumber.isWellFormed(hitNumber)) {
            throw new LineRefused("hit_number", "MISSING_HIT_NUMBER", hitNumber);
        }
        Optional<Certification> hit = em.createQuery("select c from Certification c join fetch c.holder where "
                        + "c.certificateNumber = :n and c.type = :hit", Certification.class)
                .setParameter("n", CertificateNumber.parse(hitNumber).value()).setParameter("hit", CertificationType.HIT)
                .getResultStream().findFirst();
        if (hit.isEmpty()) {
            throw new LineRefused("hit_number", "UNKNOWN_HIT_NUMBER", hitNumber);
        }
        if (!hit.get().getStatus().isCurrent()) {
            throw new LineRefused("hit_number", "HIT_NOT_CURRENT", hitNumber + " (" + hit.get().getStatus() + ")");
        }
        Holder holder = hit.get().getHolder();
        String family = line.field("family_name", "姓");
        if (family != null && !family.strip().equals(holder.getFamilyName())) {
            throw new LineRefused("family_name", "NAME_MISMATCH", family);
        }
        refuseIfHeld(holder, type);
        return new Passer(type, passYear, examNumber, holder.getId(), null, null, null, null);
    }

    /** A HIT passer: the person already registered with the same reading and date of birth, else a new holder. */
    private Passer hitPasser(CsvFiles.Line line, int passYear, String examNumber) throws LineRefused {
        String family = line.field("family_name", "姓");
        String given = line.field("given_name", "名");
        String familyKana = line.field("family_name_kana", "セイ");
        String givenKana = line.field("given_name_kana", "メイ");
        if (family == null || given == null || familyKana == null || givenKana == null) {
            throw new LineRefused(family == null ? "family_name" : given == null ? "given_name"
                    : familyKana == null ? "family_name_kana" : "given_name_kana", "MISSING_NAME",
                    String.join(" ", String.valueOf(family), String.valueOf(given)));
        }
        PersonName name;
        try {
            name = new PersonName(family, given, familyKana, givenKana);
        } catch (IllegalArgumentException e) {
            throw new LineRefused("family_name_kana", "MISSING_NAME", familyKana + " " + givenKana);
        }
        LocalDate birthDate = null;
        String birth = line.field("birth_date", "生年月日");
        if (birth != null) {
            birthDate = CsvFiles.parseDate(birth);
            if (birthDate == null) {
                throw new LineRefused("birth_date", "BAD_DATE", birth);
            }
        }
        String email = line.field("email", "メールアドレス");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new LineRefused("email", "BAD_EMAIL", email);
        }
        Prefecture prefecture = prefecture(line.field("prefecture", "都道府県"));
        if (birthDate != null) {
            Optional<Holder> same = em.createQuery("select h from Holder h where h.familyNameKana = :fk and h.givenNameKana = :gk "
                            + "and h.birthDate = :b", Holder.class)
                    .setParameter("fk", name.familyNameKana()).setParameter("gk", name.givenNameKana())
                    .setParameter("b", birthDate).getResultStream().findFirst();
            if (same.isPresent()) {
                refuseIfHeld(same.get(), CertificationType.HIT);
                return new Passer(CertificationType.HIT, passYear, examNumber, same.get().getId(), null, null, null, null);
            }
        }
        return new Passer(CertificationType.HIT, passYear, examNumber, null, name, birthDate, email, prefecture.getCode());
    }

    private static void refuseIfHeld(Holder holder, CertificationType type) throws LineRefused {
        if (holder.certification(type) != null) {
            throw new LineRefused(null, "ALREADY_HOLDS", holder.certification(type).getCertificateNumber());
        }
    }

    private Prefecture prefecture(String text) throws LineRefused {
        if (text == null) {
            throw new LineRefused("prefecture", "BAD_PREFECTURE", "");
        }
        String value = text.strip();
        Prefecture found = value.matches("\\d{1,2}") ? em.find(Prefecture.class, Integer.parseInt(value))
                : em.createQuery("select p from Prefecture p where p.nameJa = :n or p.nameEn = :n", Prefecture.class)
                .setParameter("n", value).getResultStream().findFirst().orElse(null);
        if (found == null) {
            throw new LineRefused("prefecture", "BAD_PREFECTURE", value);
        }
        return found;
    }

    @Override
    public void store(List<Object> checked, ImportJob job) {
        Map<CertificationType, Iterator<CertificateNumber>> serials = new EnumMap<>(CertificationType.class);
        for (CertificationType type : CertificationType.values()) {
            int count = (int) checked.stream().filter(p -> ((Passer) p).type() == type).count();
            if (count > 0) {
                serials.put(type, numbers.next(type, count).iterator());
            }
        }
        // Every query before the first persist: a query after it would flush the chunk line by line.
        Map<String, CertificationRule> rulesByYear = new java.util.HashMap<>();
        for (Object item : checked) {
            Passer passer = (Passer) item;
            rulesByYear.computeIfAbsent(passer.type() + "/" + passer.passYear(), k -> rules.inForce(passer.type(),
                            LocalDate.of(passer.passYear(), 11, 1))
                    .orElseThrow(() -> new IllegalStateException("No rule for " + passer.type())));
        }
        List<Object> passes = new ArrayList<>(checked.size());
        for (Object item : checked) {
            Passer passer = (Passer) item;
            Holder holder;
            if (passer.holderId() != null) {
                holder = em.find(Holder.class, passer.holderId());
            } else {
                holder = new Holder(passer.name(), em.find(Prefecture.class, passer.prefectureCode()));
                holder.changeContact(passer.email(), passer.birthDate());
                em.persist(holder);
            }
            CertificationRule rule = rulesByYear.get(passer.type() + "/" + passer.passYear());
            Certification certification = holder.certify(passer.type(), serials.get(passer.type()).next(),
                    rule.firstCycleAfterPassing(passer.passYear()));
            em.persist(certification);
            passes.add(new ExamPass(passer.type(), passer.passYear(), passer.examNumber(), certification,
                    job.submittedBy(), job.submittedAt(), job.runId()));
        }
        passes.forEach(em::persist);
    }
}
