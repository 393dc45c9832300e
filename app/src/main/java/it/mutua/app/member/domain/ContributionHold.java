package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Whether the coverage of the tenant in context is suspended on a date because contributions are unpaid past the
 * grace period. Implemented by the contributions feature; read by the coverage check, which reports the suspension
 * (claims with a service date in a suspension are not payable).
 */
public interface ContributionHold {

    boolean suspendedOn(LocalDate date);

    /**
     * The hold as it stands now, for asking about many dates with one read (a batch of claims spread over the year):
     * the statements are read once, each date is then a computation.
     */
    default Predicate<LocalDate> suspensions() {
        return this::suspendedOn;
    }
}
