package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import it.mutua.app.plan.domain.FamilyRole;

/**
 * A person's coverage on a date, as the members side knows it: who they are, their role in the family unit, the
 * worker-member who holds the unit, the cooperative that enrolled them and since when, the plan it adopted and the
 * holder's IBAN, and whether the enrolling tenant's coverage is suspended for unpaid contributions that day (the
 * person is covered, but nothing is paid before an officer has looked: such claims always go to review). The members
 * feature's {@code CoverageQuery} answers it. {@code holderName} is the holder's name in the member registry ("Rossi
 * Mario"), when the source knows it: the name reimbursements to the holder's IBAN are paid to.
 */
public record Coverage(String fiscalCode, LocalDate birthDate, FamilyRole role, String holderFiscalCode,
                       long enrollingTenantId, LocalDate enrolmentStart, String planCode, Optional<String> holderIban,
                       Set<String> familyFiscalCodes, boolean suspendedForArrears, Optional<String> holderName) {

    public Coverage {
        Objects.requireNonNull(fiscalCode, "fiscalCode");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holderFiscalCode, "holderFiscalCode");
        Objects.requireNonNull(enrolmentStart, "enrolmentStart");
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(holderIban, "holderIban");
        familyFiscalCodes = Set.copyOf(familyFiscalCodes);
        Objects.requireNonNull(holderName, "holderName");
    }

    /** Coverage as a source that does not know names gives it. */
    public Coverage(String fiscalCode, LocalDate birthDate, FamilyRole role, String holderFiscalCode,
                    long enrollingTenantId, LocalDate enrolmentStart, String planCode, Optional<String> holderIban,
                    Set<String> familyFiscalCodes, boolean suspendedForArrears) {
        this(fiscalCode, birthDate, role, holderFiscalCode, enrollingTenantId, enrolmentStart, planCode, holderIban,
                familyFiscalCodes, suspendedForArrears, Optional.empty());
    }

    /** Coverage in good standing (the enrolling tenant is not in arrears). */
    public Coverage(String fiscalCode, LocalDate birthDate, FamilyRole role, String holderFiscalCode,
                    long enrollingTenantId, LocalDate enrolmentStart, String planCode, Optional<String> holderIban,
                    Set<String> familyFiscalCodes) {
        this(fiscalCode, birthDate, role, holderFiscalCode, enrollingTenantId, enrolmentStart, planCode, holderIban,
                familyFiscalCodes, false);
    }

    /** Whether {@code fiscalCode} belongs to this person's family unit (the person included). */
    public boolean familyIncludes(String other) {
        return fiscalCode.equals(other) || holderFiscalCode.equals(other) || familyFiscalCodes.contains(other);
    }

    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }
}
