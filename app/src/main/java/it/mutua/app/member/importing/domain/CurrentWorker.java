package it.mutua.app.member.importing.domain;

import java.time.LocalDate;

import it.mutua.app.member.domain.ContractType;

/**
 * A person as the cooperative's registry knows them before the import: the fields the payroll file can change.
 * {@code memberId} identifies the registry row; the other fields may be null. {@code worker} is false for a family
 * member (a spouse or child registered under a worker), who cannot be given an employment by the payroll file.
 */
public record CurrentWorker(long memberId, String fiscalCode, String familyName, String givenName, LocalDate hireDate,
                            LocalDate endDate, ContractType contractType, String email, String iban, boolean worker) {

    /** Employed on {@code date}: hired on or before it and not yet left. */
    public boolean employedOn(LocalDate date) {
        return hireDate != null && !hireDate.isAfter(date) && (endDate == null || endDate.isAfter(date));
    }
}
