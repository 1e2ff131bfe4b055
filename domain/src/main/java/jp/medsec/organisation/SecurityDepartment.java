package jp.medsec.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A department that runs departmental systems or externally connected medical devices, and so needs Group C people. */
@Entity
@Table(name = "security_department")
public class SecurityDepartment implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentKind kind;

    protected SecurityDepartment() {
    }

    public SecurityDepartment(long institutionId, String name, DepartmentKind kind) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("A department name of 1 to 100 characters is required");
        }
        this.institutionId = institutionId;
        this.name = name.strip();
        this.kind = Objects.requireNonNull(kind, "Department kind is required");
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getName() {
        return name;
    }

    public DepartmentKind getKind() {
        return kind;
    }
}
