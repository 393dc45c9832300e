package it.mutua.app.member.importing.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.member.domain.ContractType;

/**
 * One valid line of the payroll list: a worker and their employment as the payroll office sees it this month.
 * {@code endDate}, {@code contractType}, {@code email} and {@code iban} may be null (the column is absent or blank).
 */
public record PayrollRow(long line, FiscalCode fiscalCode, String familyName, String givenName, LocalDate hireDate,
                         LocalDate endDate, ContractType contractType, String email, String iban) {

    public String key() {
        return fiscalCode.value();
    }
}
