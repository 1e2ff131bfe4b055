package jp.medsec.certification.points;

import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one evaluator of the points rules: only points earned inside the cycle count (nothing carries over from the
 * last one); each category is cut first by its cap per fiscal year, then by its cap per cycle; the seminar counts
 * if attended inside the cycle. The rules themselves are data ({@link CertificationRule}, {@link PointCategory}).
 */
public final class TranscriptCalculator {

    private TranscriptCalculator() {
    }

    public static Transcript calculate(CertificationRule rule, CertificationCycle cycle, Collection<PointCategory> categories,
                                       Collection<EarnedPoints> ledger) {
        List<EarnedPoints> inCycle = ledger.stream()
                .filter(p -> !p.earnedOn().isBefore(cycle.start()) && !p.earnedOn().isAfter(cycle.end()))
                .toList();
        Map<String, List<EarnedPoints>> byCategory = inCycle.stream()
                .collect(Collectors.groupingBy(EarnedPoints::category));
        List<Transcript.Line> lines = new ArrayList<>();
        int total = 0;
        for (PointCategory category : categories.stream().sorted(Comparator.comparingInt(PointCategory::getSortOrder)).toList()) {
            List<EarnedPoints> points = byCategory.getOrDefault(category.getCode(), List.of());
            Transcript.Line line = line(category, points);
            lines.add(line);
            total += line.counted();
        }
        for (String unknown : byCategory.keySet()) {
            if (categories.stream().noneMatch(c -> c.getCode().equals(unknown))) {
                throw new IllegalStateException("Points of unknown category " + unknown + " in the ledger");
            }
        }
        LocalDate seminar = inCycle.stream().filter(EarnedPoints::seminar).map(EarnedPoints::earnedOn)
                .min(Comparator.naturalOrder()).orElse(null);
        return new Transcript(rule.getType(), cycle, rule.getRequiredPoints(), total, rule.isSeminarRequired(), seminar,
                List.copyOf(lines), rule.renewalWindowStart(cycle), cycle.end(), rule.papersDue(cycle));
    }

    private static Transcript.Line line(PointCategory category, List<EarnedPoints> points) {
        Map<Integer, Integer> byFiscalYear = new TreeMap<>();
        for (EarnedPoints p : points) {
            byFiscalYear.merge(CertificationCycle.fiscalYearOf(p.earnedOn()), p.points(), Integer::sum);
        }
        int earned = 0;
        int afterYearlyCaps = 0;
        List<Integer> cappedYears = new ArrayList<>();
        for (Map.Entry<Integer, Integer> year : byFiscalYear.entrySet()) {
            earned += year.getValue();
            int counted = year.getValue();
            if (category.getCapPerFiscalYear() != null && counted > category.getCapPerFiscalYear()) {
                counted = category.getCapPerFiscalYear();
                cappedYears.add(year.getKey());
            }
            afterYearlyCaps += counted;
        }
        int counted = afterYearlyCaps;
        boolean cappedByCycle = false;
        if (category.getCapPerCycle() != null && counted > category.getCapPerCycle()) {
            counted = category.getCapPerCycle();
            cappedByCycle = true;
        }
        return new Transcript.Line(category.getCode(), category.getNameJa(), category.getNameEn(), earned, counted,
                category.getCapPerFiscalYear(), category.getCapPerCycle(), List.copyOf(cappedYears), cappedByCycle);
    }
}
