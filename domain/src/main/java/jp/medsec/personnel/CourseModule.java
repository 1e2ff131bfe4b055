package jp.medsec.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/**
 * A course module of the curriculum (seed 002 section 3): its group, programme, titles and, for Group C's e-learning,
 * its length; for continuing topics, how often they are due. Reference data loaded by migration.
 */
@Entity
@Table(name = "course_module")
public class CourseModule implements java.io.Serializable {

    @Id
    private String code;

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    @Column(nullable = false)
    private String programme;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "interval_months")
    private Integer intervalMonths;

    protected CourseModule() {
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleJa;
    }

    public String getCode() {
        return code;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getProgramme() {
        return programme;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public Integer getIntervalMonths() {
        return intervalMonths;
    }
}
