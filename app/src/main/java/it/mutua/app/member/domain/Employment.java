package it.mutua.app.member.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.RuleViolation;

/** A worker-member's employment with the cooperative: hired on, possibly left on, under a contract type. */
public record Employment(LocalDate hireDate, LocalDate endDate, ContractType contractType) {

    public Employment {
        if (hireDate == null) {
            throw RuleViolation.invalid("hireDate", "member.hire_date.required");
        }
        if (endDate != null && endDate.isBefore(hireDate)) {
            throw RuleViolation.unprocessable("endDate", "member.end_date.before_hire", endDate, hireDate);
        }
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(hireDate) && (endDate == null || !date.isAfter(endDate));
    }
}
