package it.mutua.app.member.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change of a member, append-only: who, when, what action, and the changed fields as JSON
 * ({@code {"email":["old","new"]}}, see {@link MemberChanges}).
 */
@Entity
@Table(name = "member_history")
public class HistoryEntry {

    /** What happened to the member. */
    public enum Action { REGISTERED, UPDATED, ENDED, ENROLLED, COVERAGE_ENDED, CONSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private long memberId;
    @Column(name = "fiscal_code")
    private String fiscalCode;
    private String action;
    private String changes;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt = OffsetDateTime.now();
    @Column(name = "changed_by")
    private String changedBy;

    protected HistoryEntry() {
        // for JPA
    }

    public HistoryEntry(Member member, Action action, MemberChanges changes, String changedBy) {
        this.memberId = member.id();
        this.fiscalCode = member.fiscalCode();
        this.action = action.name();
        this.changes = changes.toJson();
        this.changedBy = changedBy;
    }

    public Long id() {
        return id;
    }

    public String fiscalCode() {
        return fiscalCode;
    }

    public String action() {
        return action;
    }

    public String changes() {
        return changes;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
