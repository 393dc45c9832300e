package it.mutua.app.member.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One consent given or withdrawn, never updated: the latest record per purpose is the person's current choice, the
 * earlier ones prove what held at any past moment.
 */
@Entity
@Table(name = "member_consent")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private long memberId;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    private boolean granted;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt = OffsetDateTime.now();
    @Column(name = "recorded_by")
    private String recordedBy;

    protected ConsentRecord() {
        // for JPA
    }

    public ConsentRecord(long memberId, ConsentPurpose purpose, boolean granted, String recordedBy) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.granted = granted;
        this.recordedBy = recordedBy;
    }

    public long memberId() {
        return memberId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
