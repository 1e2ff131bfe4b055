package jp.medsec.demo;

import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Certifications passed in a given year and renewed (or not) cycle by cycle up to the demo's day. */
final class DemoCertifications {

    /**
     * Holders 2–6 hold HIT-00000002 … HIT-00000006 in each status (the README lists them), whatever day the data is
     * generated on; RENEWAL_DUE only exists while a renewal window is open (1 November – 31 March), else it is ACTIVE.
     */
    static final List<CertificationStatus> FORCED = List.of(CertificationStatus.ACTIVE,
            CertificationStatus.RENEWAL_DUE, CertificationStatus.EXPIRED, CertificationStatus.DEFERRED,
            CertificationStatus.REVOKED);

    private final Random random;
    private final LocalDate today;

    DemoCertifications(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** True for the holders whose HIT is one of {@link #FORCED}. */
    static boolean isForced(long holderId) {
        return holderId >= 2 && holderId <= 2 + FORCED.size() - 1;
    }

    HolderRow.CertRow forced(CertificationStatus status, long serial) {
        LocalDate fiscalYearEnd = LocalDate.of(CertificationCycle.fiscalYearOf(today) + 1, 3, 31);
        CertificationCycle endingThisYear = new CertificationCycle(fiscalYearEnd.minusYears(5).plusDays(1), fiscalYearEnd);
        CertificationCycle fresh = CertificationCycle.firstAfterPassing(today.getMonthValue() >= 11 ? today.getYear()
                : today.getYear() - 1);
        return switch (status) {
            case ACTIVE -> row(serial, fresh, CertificationStatus.ACTIVE, null);
            case RENEWAL_DUE -> row(serial, endingThisYear, endingThisYear.isInRenewalWindow(today)
                    ? CertificationStatus.RENEWAL_DUE : CertificationStatus.ACTIVE, null);
            case EXPIRED -> {
                CertificationCycle ended = new CertificationCycle(endingThisYear.start().minusYears(1), fiscalYearEnd.minusYears(1));
                yield row(serial, ended, CertificationStatus.EXPIRED, "期間満了（更新なし）");
            }
            case DEFERRED -> row(serial, new CertificationCycle(endingThisYear.start(), fiscalYearEnd.plusYears(1)),
                    CertificationStatus.DEFERRED, "保留（育児休業）");
            case REVOKED -> row(serial, fresh, CertificationStatus.REVOKED, "更新書類の虚偽記載が判明したため");
        };
    }

    private static HolderRow.CertRow row(long serial, CertificationCycle cycle, CertificationStatus status, String reason) {
        return new HolderRow.CertRow(CertificationType.HIT, CertificateNumber.of(CertificationType.HIT, serial),
                cycle.start(), cycle, status, reason);
    }

    /** A certification passed in the given year, renewed (or not) cycle by cycle up to today. */
    HolderRow.CertRow passed(CertificationType type, long serial, int passYear, boolean alwaysRenewed) {
        CertificationCycle cycle = CertificationCycle.firstAfterPassing(passYear);
        LocalDate first = cycle.start();
        while (cycle.isOver(today) && (alwaysRenewed || random.nextInt(100) < 82)) {
            cycle = cycle.next();
        }
        CertificationStatus status;
        String reason = null;
        if (cycle.isOver(today)) {
            status = CertificationStatus.EXPIRED;
        } else if (cycle.isInRenewalWindow(today)) {
            status = CertificationStatus.RENEWAL_DUE;
        } else {
            status = CertificationStatus.ACTIVE;
        }
        if (!alwaysRenewed && status.isCurrent()) {
            int roll = random.nextInt(1000);
            if (roll < 12) {
                status = CertificationStatus.DEFERRED;
                reason = List.of("育児休業のため", "産前産後休業のため", "病気療養のため").get(random.nextInt(3));
            } else if (roll < 15) {
                status = CertificationStatus.REVOKED;
                reason = "更新書類の虚偽記載が判明したため";
            }
        }
        return new HolderRow.CertRow(type, CertificateNumber.of(type, serial), first, cycle, status, reason);
    }

    /** Writes every holder's certifications and counts them by type and by status. */
    static void insert(Connection c, List<HolderRow> holders, Map<CertificationType, Integer> byType,
                       Map<CertificationStatus, Integer> byStatus) throws SQLException {
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement ps = batches.prepare("INSERT INTO certification (holder_id, type, certificate_number, "
                    + "status, first_certified_on, valid_from, valid_until, status_reason) VALUES (?,?,?,?,?,?,?,?)");
            for (HolderRow h : holders) {
                for (HolderRow.CertRow r : h.certifications) {
                    ps.setLong(1, h.id);
                    ps.setString(2, r.type().name());
                    ps.setString(3, r.number().value());
                    ps.setString(4, r.status().name());
                    ps.setDate(5, Date.valueOf(r.firstCertified()));
                    ps.setDate(6, Date.valueOf(r.cycle().start()));
                    ps.setDate(7, Date.valueOf(r.cycle().end()));
                    ps.setString(8, r.reason());
                    batches.add(ps);
                    byType.merge(r.type(), 1, Integer::sum);
                    byStatus.merge(r.status(), 1, Integer::sum);
                }
            }
        }
    }
}
