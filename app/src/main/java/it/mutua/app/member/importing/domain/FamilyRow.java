package it.mutua.app.member.importing.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.plan.domain.FamilyRole;

/**
 * One valid line of a family file: a relative of a worker-member of the cooperative, to be registered and covered
 * with the holder from {@code from} (null: from today, as for the single-family-member request).
 */
public record FamilyRow(long line, FiscalCode holder, FamilyRole role, FiscalCode fiscalCode, String familyName,
                        String givenName, LocalDate from) {

    public String key() {
        return fiscalCode.value();
    }
}
