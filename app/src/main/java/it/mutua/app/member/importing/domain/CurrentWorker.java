package it.mutua.app.member.importing.domain;

import java.time.LocalDate;

/**
 * A worker as the cooperative's registry knows them before the import: the fields the payroll file can change.
 * {@code memberId} identifies the registry row; the other fields may be null.
 */
public record CurrentWorker(long memberId, String fiscalCode, String familyName, String givenName, LocalDate hireDate,
                            LocalDate endDate, ContractType contractType, String email, String iban) {

    /** Employed on {@code date}: hired on or before it and not yet left. */
    public boolean employedOn(LocalDate date) {
        return hireDate != null && !hireDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }
}
