package jp.medsec.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.regex.Pattern;

/** A vendor of an institution's systems and the contact who answers the vendor form (事業者確認用). */
@Entity
@Table(name = "vendor")
public class Vendor implements java.io.Serializable {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false)
    private String name;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    private String systems;

    protected Vendor() {
    }

    public Vendor(long institutionId, String name, String contactName, String contactEmail, String systems) {
        this.institutionId = institutionId;
        this.name = text(name, "name", 200);
        this.contactName = text(contactName, "contactName", 100);
        String email = text(contactEmail, "contactEmail", 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new jp.medsec.shared.RuleViolation("vendor.email", "contactEmail: '" + email + "' is not an e-mail address", email);
        }
        this.contactEmail = email;
        this.systems = systems == null || systems.isBlank() ? null : text(systems, "systems", 300);
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new jp.medsec.shared.RuleViolation("vendor." + field, field + ": 1 to " + max + " characters are required", max);
        }
        return value.strip();
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

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getSystems() {
        return systems;
    }
}
