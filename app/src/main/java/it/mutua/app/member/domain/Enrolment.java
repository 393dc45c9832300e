package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.mutua.app.kernel.RuleViolation;

/**
 * One coverage period of one person under a plan: from {@code startDate} (waiting periods count from it) to
 * {@code endDate} inclusive, open while the end is unknown. A person has at most one period covering any date in a
 * tenant. Ending never deletes: the period keeps its start and gets an end (and a reason).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    /** Why coverage ended. */
    public enum EndReason { LEFT_COOPERATIVE, HOLDER_ENDED, WITHDRAWN, ADHESION_ENDED, REMOVED_FROM_FAMILY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private long memberId;
    @Enumerated(EnumType.STRING)
    private EnrolmentKind kind;
    @Column(name = "plan_code")
    private String planCode;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "created_by")
    private String createdBy;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(Member member, EnrolmentKind kind, String planCode, LocalDate startDate, String createdBy) {
        if (startDate == null) {
            throw RuleViolation.invalid("from", "enrolment.start.required");
        }
        this.memberId = member.id();
        this.kind = kind;
        this.planCode = planCode;
        this.startDate = startDate;
        this.createdBy = createdBy;
    }

    /** Coverage ends on {@code last} (inclusive); an earlier end than recorded shortens it, never before the start. */
    public void endOn(LocalDate last, EndReason reason) {
        if (last.isBefore(startDate)) {
            // leaving before coverage began: the period never took effect, it ends the day it would have started
            last = startDate;
        }
        if (endDate == null || last.isBefore(endDate)) {
            endDate = last;
            endReason = reason;
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** Open on or after {@code date}: a new period starting then would overlap. */
    public boolean overlapsFrom(LocalDate date) {
        return endDate == null || !endDate.isBefore(date);
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public EnrolmentKind kind() {
        return kind;
    }

    public String planCode() {
        return planCode;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public EndReason endReason() {
        return endReason;
    }
}
