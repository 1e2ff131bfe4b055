package jp.medsec.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A completion certificate (受講修了証) of a group's new course: issued once, when the last module the person had to
 * take (their exemptions set aside) is completed. It records which modules were taken and which were exempt, so that
 * the printed certificate says the same thing years later whatever the person's qualifications by then.
 */
@Entity
@Table(name = "completion_certificate")
public class CompletionCertificate implements java.io.Serializable {

    /** SCA-, SCB- or SCC- and eight digits: the same shape as a certification number, so one verify page reads both. */
    public static final Pattern NUMBER = Pattern.compile("SC[ABC]-[0-9]{8}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false)
    private Group group;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "modules_taken", nullable = false)
    private String modulesTaken;

    @Column(name = "modules_exempt", nullable = false)
    private String modulesExempt;

    protected CompletionCertificate() {
    }

    public CompletionCertificate(String number, long holderId, Group group, LocalDate completedOn, List<String> taken,
                                 List<String> exempt, Instant issuedAt) {
        if (!isNumber(number)) {
            throw new IllegalArgumentException("A completion certificate number looks like SCA-00000001, was " + number);
        }
        if (!number.startsWith(prefix(group))) {
            throw new IllegalArgumentException("Number " + number + " is not of the Group " + group + " course");
        }
        if (taken == null || taken.isEmpty()) {
            throw new IllegalArgumentException("A course with no module taken earns no completion certificate");
        }
        this.number = number;
        this.holderId = holderId;
        this.group = Objects.requireNonNull(group, "Group is required");
        this.completedOn = Objects.requireNonNull(completedOn, "Completion day is required");
        this.modulesTaken = String.join(",", taken);
        this.modulesExempt = String.join(",", Objects.requireNonNullElse(exempt, List.of()));
        this.issuedAt = Objects.requireNonNull(issuedAt, "Issue time is required");
    }

    public static String prefix(Group group) {
        return "SC" + group.name();
    }

    /** The number of the given group's course with the given serial, e.g. (A, 12) → SCA-00000012. */
    public static String number(Group group, long serial) {
        if (serial < 1 || serial > 99_999_999L) {
            throw new IllegalArgumentException("Serial must be 1..99999999, was " + serial);
        }
        return String.format(Locale.ROOT, "%s-%08d", prefix(group), serial);
    }

    public static boolean isNumber(String value) {
        return value != null && NUMBER.matcher(value).matches();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getHolderId() {
        return holderId;
    }

    public Group getGroup() {
        return group;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public List<String> getModulesTaken() {
        return split(modulesTaken);
    }

    public List<String> getModulesExempt() {
        return split(modulesExempt);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
