package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The cooperative adheres collectively to a plan from a date: every eligible worker is enrolled from then, and a
 * worker hired later from the hire date.
 */
@Entity
@Table(name = "collective_adhesion")
public class CollectiveAdhesion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_code")
    private String planCode;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "created_by")
    private String createdBy;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CollectiveAdhesion() {
        // for JPA
    }

    public CollectiveAdhesion(String planCode, LocalDate startDate, String createdBy) {
        this.planCode = planCode;
        this.startDate = startDate;
        this.createdBy = createdBy;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** The date a worker hired on {@code hireDate} is enrolled from: the later of adhesion start and hire date. */
    public LocalDate enrolmentStartFor(LocalDate hireDate) {
        return hireDate == null || hireDate.isBefore(startDate) ? startDate : hireDate;
    }

    public Long id() {
        return id;
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

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
