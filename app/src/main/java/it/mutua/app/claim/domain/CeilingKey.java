package it.mutua.app.claim.domain;

import java.util.Objects;

/**
 * One row of the ceiling ledger: what a person (or a whole family unit, keyed by its holder, or a person under a
 * sub-ceiling) has been paid for a benefit in a plan year. Comparable, so rows are always locked in the same order
 * and two claims never wait on each other in a cycle.
 */
public record CeilingKey(Scope scope, String holder, String benefitCode, String subKey, int year)
        implements Comparable<CeilingKey> {

    public enum Scope { PERSON, FAMILY, SUB }

    public CeilingKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(benefitCode, "benefitCode");
        Objects.requireNonNull(subKey, "subKey");
    }

    @Override
    public int compareTo(CeilingKey o) {
        int c = scope.compareTo(o.scope);
        c = c != 0 ? c : holder.compareTo(o.holder);
        c = c != 0 ? c : benefitCode.compareTo(o.benefitCode);
        c = c != 0 ? c : subKey.compareTo(o.subKey);
        return c != 0 ? c : Integer.compare(year, o.year);
    }
}
