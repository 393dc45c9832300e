package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.List;

import it.mutua.app.member.domain.EnrolmentKind;
import it.mutua.app.plan.domain.FamilyRole;

/**
 * A person covered on a date, as claims need it: who they are (fiscal code, birth date, role in the family unit), the
 * unit's holder, the enrolling tenant, the period (waiting periods count from {@code enrolmentStart}), the plan code,
 * the holder's IBAN (where reimbursements go) and the fiscal codes of every person of the unit covered that day
 * (holder first), for family ceilings. {@code alsoEnrolledIn} lists other tenants covering the same person that
 * day: a duplicate the national office must resolve. {@code suspendedForArrears}: the enrolling cooperative's coverage
 * is suspended that day for contributions unpaid past the grace period (the person is enrolled, claims are not
 * payable until the cooperative pays). {@code holderName}: the holder's family and given names as the registry spells
 * them ("Rossi Mario"), the name of the IBAN's owner, to whom reimbursements are paid.
 */
public record Coverage(String fiscalCode, LocalDate birthDate, FamilyRole role, String holderFiscalCode,
                       long tenantId, String tenantCode, EnrolmentKind kind, LocalDate enrolmentStart,
                       LocalDate enrolmentEnd, String planCode, String holderIban, List<String> familyFiscalCodes,
                       List<Long> alsoEnrolledIn, boolean suspendedForArrears, String holderName) {

    public Coverage {
        familyFiscalCodes = List.copyOf(familyFiscalCodes);
        alsoEnrolledIn = List.copyOf(alsoEnrolledIn);
    }
}
