package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The adoptions stored in the schema of the cooperative in context ({@code plan_adoption}). Rows are never deleted
 * nor rewritten: the only change is closing the latest one when a newer adoption starts.
 */
public interface Adoptions {

    /** Every adoption of this cooperative, by effective date. */
    List<AdoptionRecord> all();

    /**
     * Stores adoption {@code next.number()} and closes adoption {@code closing} (if not 0) the day before it starts,
     * in one transaction. Two concurrent adoptions collide on the unique number/date and the loser gets a 409.
     */
    AdoptionRecord add(AdoptionRecord next, int closing);
}
