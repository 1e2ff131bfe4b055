package jp.medsec.demo;

import jp.medsec.certification.CertificationCycle;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.training.ComplianceRule;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Staff rosters (職員名簿) and information-security training records, with the gaps real hospitals have: at most
 * hospitals some staff missed the year's 講習会, at a quarter of them one department skipped it (at the demo officer's
 * hospital, 医局), a third of the ASSISTED hospitals trained on e-learning only, leavers stay on the roster with their
 * last day, staff who joined after the lecture are not yet trained, and hospitals that sent nothing at all. Two
 * fiscal years: the last one complete, this one up to today.
 *
 * <p>The demo covers the officer's hospital and one in ten others, about a tenth of a bed's worth of staff each; the
 * benchmark set ({@link DemoDataGenerator.Size#staff()} given) covers 95 % of the hospitals with that many staff in
 * all, shared out by beds. Its own random numbers, so the other subjects' data stay as they were. Rows go in JDBC
 * batches with their ids given, as the training records need their person's id.
 */
final class DemoTraining {

    private static final String[] DEPARTMENTS = {"看護部", "看護部", "看護部", "看護部", "医局", "医局", "薬剤部",
            "放射線科", "臨床検査科", "リハビリテーション科", "医事課", "総務課", "情報システム部", "栄養科"};
    private static final String[] JOBS = {"看護師", "看護師", "看護師", "看護師", "医師", "医師", "薬剤師",
            "診療放射線技師", "臨床検査技師", "理学療法士", "事務", "事務", "システムエンジニア", "管理栄養士"};

    private final Random random = new Random(20_262);
    private final LocalDate today;
    private final int staffTarget;

    DemoTraining(LocalDate today, int staffTarget) {
        this.today = today;
        this.staffTarget = staffTarget;
    }

    /** The years the demo's records cover, for the figures to be computed once they are committed. */
    static jp.medsec.jobs.TrainingRecordsLoaded loaded(LocalDate today) {
        int year = CertificationCycle.fiscalYearOf(today);
        return new jp.medsec.jobs.TrainingRecordsLoaded(List.of(year - 1, year));
    }

    /** @return how many staff and training records were written */
    long[] insert(Connection c, List<InstitutionRow> institutions) throws SQLException {
        InstitutionRow officer = InstitutionRow.officerHospital(institutions);
        List<InstitutionRow> covered = new ArrayList<>();
        for (InstitutionRow i : institutions) {
            boolean take = staffTarget > 0 ? random.nextInt(100) < 95 : random.nextInt(10) == 0;
            if (i == officer || take) {
                covered.add(i);
            }
        }
        double perBed = staffTarget > 0
                ? (double) staffTarget / Math.max(1, covered.stream().mapToLong(i -> i.beds).sum()) : 0.12;
        int year = CertificationCycle.fiscalYearOf(today);
        long staffId = JdbcBatches.nextId(c, "staff_member");
        long staffCount = 0;
        long recordCount = 0;
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement staff = batches.prepare("INSERT INTO staff_member (id, institution_id, staff_number, name, "
                    + "name_kana, department, job_category, employed_from, employed_until, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement record = batches.prepare("INSERT INTO training_record (staff_member_id, attended_on, kind, "
                    + "title, provider, recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
            Timestamp now = Timestamp.valueOf(today.atTime(9, 0));
            for (InstitutionRow institution : covered) {
                int people = Math.max(8, (int) Math.round(institution.beds * perBed * (0.8 + 0.4 * random.nextDouble())));
                boolean eLearningOnly = institution.tier == InstitutionTier.ASSISTED && random.nextInt(3) == 0;
                double rate = 0.82 + 0.17 * random.nextDouble();
                String skipping = institution == officer ? "医局" : random.nextInt(4) == 0
                        ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : null;
                LocalDate[] lectures = {lectureDay(year, 0), lectureDay(year, 1)};
                LocalDate[] lastYear = {lectureDay(year - 1, 0), lectureDay(year - 1, 1)};
                for (int n = 0; n < people; n++) {
                    int d = random.nextInt(DEPARTMENTS.length);
                    NamePools.Name family = NamePools.FAMILY.get(random.nextInt(NamePools.FAMILY.size()));
                    List<NamePools.Name> givens = random.nextBoolean() ? NamePools.GIVEN_FEMALE : NamePools.GIVEN_MALE;
                    NamePools.Name given = givens.get(random.nextInt(givens.size()));
                    int roll = random.nextInt(100);
                    LocalDate from = roll < 6 ? ComplianceRule.firstDay(year).plusDays(random.nextInt(
                            (int) Math.max(1, ChronoUnit.DAYS.between(ComplianceRule.firstDay(year), today))))
                            : LocalDate.of(1990 + random.nextInt(year - 1990), 4, 1);
                    LocalDate until = roll >= 6 && roll < 12 ? ComplianceRule.firstDay(year - 1).plusDays(random.nextInt(
                            (int) Math.max(1, ChronoUnit.DAYS.between(ComplianceRule.firstDay(year - 1), today))))
                            : null;
                    if (until != null && until.isBefore(from)) {
                        until = from;
                    }
                    long id = staffId++;
                    staff.setLong(1, id);
                    staff.setLong(2, institution.id);
                    staff.setString(3, String.format("S%06d", n + 1));
                    staff.setString(4, family.kanji() + " " + given.kanji());
                    staff.setString(5, family.kana() + " " + given.kana());
                    staff.setString(6, DEPARTMENTS[d]);
                    staff.setString(7, JOBS[d]);
                    staff.setDate(8, Date.valueOf(from));
                    staff.setDate(9, until == null ? null : Date.valueOf(until));
                    staff.setTimestamp(10, now);
                    batches.hold(staff);
                    staffCount++;
                    double p = DEPARTMENTS[d].equals(skipping) ? 0.2 : rate;
                    recordCount += attend(batches, record, id, from, until, year, lectures, p, eLearningOnly, now);
                    recordCount += attend(batches, record, id, from, until, year - 1, lastYear,
                            Math.min(1.0, rate + 0.05), eLearningOnly, now);
                    batches.flushIfFull();
                }
            }
        }
        return new long[] {staffCount, recordCount};
    }

    /** One or two records of a person in a fiscal year, if they attended; how many were written. */
    private int attend(JdbcBatches batches, PreparedStatement record, long id, LocalDate from, LocalDate until, int year,
                       LocalDate[] lectures, double p, boolean eLearningOnly, Timestamp now) throws SQLException {
        LocalDate day = lectures[random.nextInt(2)];
        if (day == null || day.isBefore(from) || (until != null && day.isAfter(until)) || random.nextDouble() >= p) {
            return 0;
        }
        int written = 1;
        set(record, id, day, eLearningOnly ? "E_LEARNING" : "LECTURE", eLearningOnly
                ? "情報セキュリティ e-learning（" + year + "年度）" : "情報セキュリティ講習会（" + year + "年度）",
                eLearningOnly ? "医療セキュリティ研修センター" : "情報システム部", now);
        batches.hold(record);
        if (!eLearningOnly && random.nextInt(20) == 0) {
            set(record, id, day.plusDays(7).isAfter(today) ? day : day.plusDays(7), "E_LEARNING",
                    "標的型メール訓練（" + year + "年度）", "医療セキュリティ研修センター", now);
            batches.hold(record);
            written++;
        }
        return written;
    }

    private static void set(PreparedStatement record, long id, LocalDate day, String kind, String title, String provider,
                            Timestamp now) throws SQLException {
        record.setLong(1, id);
        record.setDate(2, Date.valueOf(day));
        record.setString(3, kind);
        record.setString(4, title);
        record.setString(5, provider);
        record.setTimestamp(6, now);
    }

    /** The year's two sessions (summer and autumn), the ones not yet held this year left out (null). */
    private LocalDate lectureDay(int year, int which) {
        LocalDate day = ComplianceRule.firstDay(year).plusMonths(which == 0 ? 2 : 6).plusDays(random.nextInt(25));
        return day.isBefore(today) ? day : null;
    }
}
