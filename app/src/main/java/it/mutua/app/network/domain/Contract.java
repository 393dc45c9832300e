package it.mutua.app.network.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.RuleViolation;

/** The convenzione: the facility is under contract from {@code from} to {@code to} (inclusive; null: open-ended). */
public record Contract(LocalDate from, LocalDate to) {

    public Contract {
        if (from == null) {
            throw RuleViolation.invalid("contractFrom", "network.contract.fromRequired");
        }
        if (to != null && to.isBefore(from)) {
            throw RuleViolation.invalid("contractTo", "network.contract.endsBeforeStart", to, from);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
