package it.mutua.app.member.domain;

import java.time.LocalDate;

import it.mutua.app.plan.domain.FamilyRole;

/** One row of the person index in {@code control}: where a codice fiscale is enrolled, in which role, when. */
public record IndexedEnrolment(long tenantId, long enrolmentId, String fiscalCode, FamilyRole role,
                               String holderFiscalCode, EnrolmentKind kind, String planCode, LocalDate startDate,
                               LocalDate endDate) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
