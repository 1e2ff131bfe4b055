package jp.medsec.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A course module completed by a person, on a day, through an event's attendance (or recorded by staff). */
@Entity
@Table(name = "module_completion")
public class ModuleCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "module_code", nullable = false)
    private String moduleCode;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "event_id")
    private Long eventId;

    protected ModuleCompletion() {
    }

    public ModuleCompletion(long holderId, String moduleCode, LocalDate completedOn, Long eventId) {
        if (!Modules.isKnown(moduleCode)) {
            throw new IllegalArgumentException("Unknown module " + moduleCode);
        }
        this.holderId = holderId;
        this.moduleCode = moduleCode;
        this.completedOn = completedOn;
        this.eventId = eventId;
    }

    public long getHolderId() {
        return holderId;
    }

    public String getModuleCode() {
        return moduleCode;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Long getEventId() {
        return eventId;
    }
}
