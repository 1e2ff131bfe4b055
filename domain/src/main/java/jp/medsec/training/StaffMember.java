package jp.medsec.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.institution.Institution;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person on an institution's staff roster (職員名簿), known by the hospital's own staff number. Rosters arrive as
 * CSV files and are upserted in bulk by the import (never one entity at a time); leavers stay with their last day.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false, insertable = false)
    private Institution institution;

    @Column(name = "staff_number", insertable = false, updatable = false)
    private String staffNumber;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(name = "name_kana", insertable = false, updatable = false)
    private String nameKana;

    @Column(insertable = false, updatable = false)
    private String department;

    @Column(name = "job_category", insertable = false, updatable = false)
    private String jobCategory;

    @Column(name = "employed_from", insertable = false, updatable = false)
    private LocalDate employedFrom;

    @Column(name = "employed_until", insertable = false, updatable = false)
    private LocalDate employedUntil;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected StaffMember() {
    }

    /** Employed on the day (API.md's "in scope"). */
    public boolean isEmployedOn(LocalDate day) {
        return ComplianceRule.inScope(employedFrom, employedUntil, day);
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getStaffNumber() {
        return staffNumber;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public String getDepartment() {
        return department;
    }

    public String getJobCategory() {
        return jobCategory;
    }

    public LocalDate getEmployedFrom() {
        return employedFrom;
    }

    public LocalDate getEmployedUntil() {
        return employedUntil;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
