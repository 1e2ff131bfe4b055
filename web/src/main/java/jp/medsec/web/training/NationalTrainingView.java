package jp.medsec.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.training.NationalTraining;
import jp.medsec.web.faces.PagedModel;
import jp.medsec.web.i18n.LanguageView;
import jp.medsec.web.i18n.Messages;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Staff's national view of the training compliance ({@code /staff/training.xhtml?year=}): the rate of the nation, of
 * each tier and of each prefecture (a chart), and the institutions below a chosen rate or that sent nothing, a page
 * at a time.
 */
@Named
@ViewScoped
public class NationalTrainingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NationalTraining national;

    @Inject
    private Messages messages;

    @Inject
    private LanguageView language;

    private Integer year;
    private NationalTraining.Overview overview;
    private List<Integer> years;
    /** The chosen rate, in percent (a whole number from 0 to 100). */
    private Integer belowPercent = 80;
    private NationalTraining.Filter filter = NationalTraining.Filter.BELOW;

    private final LazyDataModel<NationalTraining.Line> institutions = new PagedModel<>(
            filters -> national.count(year, filter, threshold()),
            (first, size, sort, filters) -> national.institutions(year, filter, threshold(), first, size),
            NationalTraining.Line::institutionId);

    public void load() {
        if (year == null) {
            year = CertificationCycle.fiscalYearOf(JapaneseDates.today());
        }
        years = national.years();
        overview = national.overview(year);
    }

    /** The institutions of the list as the page shows them, as CSV. */
    public void export() throws java.io.IOException {
        show();
        jp.medsec.web.documents.Downloads.redirect("/staff/documents/training.csv", "year", String.valueOf(year),
                "filter", filter.name(), "below", String.valueOf(belowPercent == null ? 80 : belowPercent));
    }

    /** The list follows the chosen filter and rate (the page asks the database again). */
    public void show() {
        if (belowPercent == null || belowPercent < 0 || belowPercent > 100) {
            belowPercent = 80;
        }
    }

    private BigDecimal threshold() {
        return BigDecimal.valueOf(belowPercent == null ? 80 : belowPercent).movePointLeft(2);
    }

    public String yearLabel(Integer fiscalYear) {
        return TrainingView.yearLabel(messages, fiscalYear);
    }

    /** A rate (0–1) as a percentage for people: 98.59%. */
    public String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** The prefectures' rates as a Chart.js bar chart, in the order of their codes (north to south). */
    public String getPrefectureChart() {
        String labels = overview.prefectures().stream()
                .map(a -> "\"" + (language.isEnglish() ? a.nameEn() : a.nameJa()) + "\"").collect(Collectors.joining(","));
        String values = overview.prefectures().stream()
                .map(a -> a.rate() == null ? "null" : a.rate().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString())
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + messages.get("training.rate").replace("\"", "") + "\",\"data\":[" + values
                + "],\"backgroundColor\":\"#2f6f8f\"}]},\"options\":{\"animation\":false,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"y\":{\"min\":0,\"max\":100},\"x\":{\"ticks\":{\"autoSkip\":false}}},"
                + "\"plugins\":{\"legend\":{\"display\":false}}}}";
    }

    public NationalTraining.Overview getOverview() {
        return overview;
    }

    public List<Integer> getYears() {
        return years;
    }

    public LazyDataModel<NationalTraining.Line> getInstitutions() {
        return institutions;
    }

    public NationalTraining.Filter[] getFilters() {
        return NationalTraining.Filter.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getBelowPercent() {
        return belowPercent;
    }

    public void setBelowPercent(Integer belowPercent) {
        this.belowPercent = belowPercent;
    }

    public NationalTraining.Filter getFilter() {
        return filter;
    }

    public void setFilter(NationalTraining.Filter filter) {
        this.filter = filter;
    }
}
