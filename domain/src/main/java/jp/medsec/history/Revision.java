package jp.medsec.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/** One change set in the history (変更履歴): when, and by whom. Envers writes one per transaction that changes data. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long timestamp;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getChangedBy() {
        return changedBy;
    }

    void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }
}
