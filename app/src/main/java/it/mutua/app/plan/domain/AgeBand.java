package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

/**
 * An inclusive age range, written in paths as {@code 0-25} or, open-ended, {@code 26-}. Whole years of age at the
 * date that matters (contribution year start, service date): the caller computes the age.
 */
public record AgeBand(int from, int toInclusive) {

    public static final int OPEN = Integer.MAX_VALUE;

    public AgeBand {
        if (from < 0 || toInclusive < from) {
            throw RuleViolation.invalid("ageBand", "plan.ageBand.invalid", from, toInclusive);
        }
    }

    public static AgeBand any() {
        return new AgeBand(0, OPEN);
    }

    public static AgeBand from(int from) {
        return new AgeBand(from, OPEN);
    }

    public static AgeBand between(int from, int toInclusive) {
        return new AgeBand(from, toInclusive);
    }

    /** Parses the path form; {@code field} names the path in the error. */
    public static AgeBand parse(String key, String field) {
        int dash = key.indexOf('-');
        try {
            if (dash <= 0) {
                throw new NumberFormatException(key);
            }
            int from = Integer.parseInt(key.substring(0, dash));
            String rest = key.substring(dash + 1);
            return new AgeBand(from, rest.isEmpty() ? OPEN : Integer.parseInt(rest));
        } catch (NumberFormatException | RuleViolation e) {
            throw RuleViolation.invalid(field, "plan.ageBand.invalid", key);
        }
    }

    public boolean contains(int age) {
        return age >= from && age <= toInclusive;
    }

    public boolean overlaps(AgeBand other) {
        return from <= other.toInclusive && other.from <= toInclusive;
    }

    /** The path form. */
    public String key() {
        return from + "-" + (toInclusive == OPEN ? "" : String.valueOf(toInclusive));
    }

    @Override
    public String toString() {
        return key();
    }
}
