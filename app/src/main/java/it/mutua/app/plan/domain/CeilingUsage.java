package it.mutua.app.plan.domain;

import java.util.Objects;

/**
 * How much of a benefit's ceilings is already consumed in the plan year: by this person, by the whole family, and
 * (when the line falls under one) by this person under the sub-ceiling. Supplied by the claims side, which owns the
 * ledger and its concurrency; the calculator only reads it.
 */
public record CeilingUsage(Money personYear, Money familyYear, Money subCeilingYear) {

    public CeilingUsage {
        Objects.requireNonNull(personYear, "personYear");
        Objects.requireNonNull(familyYear, "familyYear");
        Objects.requireNonNull(subCeilingYear, "subCeilingYear");
    }

    public static CeilingUsage none() {
        return new CeilingUsage(Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public static CeilingUsage of(Money personYear, Money familyYear) {
        return new CeilingUsage(personYear, familyYear, Money.ZERO);
    }
}
