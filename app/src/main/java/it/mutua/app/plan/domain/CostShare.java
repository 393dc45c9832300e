package it.mutua.app.plan.domain;

import java.util.Objects;

/**
 * The part of each event the member pays under one provider regime. One value, not separate fields, because the
 * kinds exclude each other: a layer that turns "€30 per test" into "30% with €60 minimum" replaces the rule whole.
 */
public sealed interface CostShare {

    /** A fixed amount left to the member per event (quota fissa), e.g. €30 per diagnostic test. */
    record FixedAmount(Money perEvent) implements CostShare {
        public FixedAmount {
            Objects.requireNonNull(perEvent, "perEvent");
        }
    }

    /** A percentage left to the member (scoperto), but never less than a minimum non-reimbursable amount. */
    record Scoperto(Percent percent, Money minimum) implements CostShare {
        public Scoperto {
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** A deductible per event (franchigia): the first euros of each event are the member's. */
    record Franchigia(Money perEvent) implements CostShare {
        public Franchigia {
            Objects.requireNonNull(perEvent, "perEvent");
        }
    }

    /** Nothing is left to the member (before ceilings). */
    record NoShare() implements CostShare {
    }

    static CostShare fixed(Money perEvent) {
        return new FixedAmount(perEvent);
    }

    static CostShare scoperto(Percent percent, Money minimum) {
        return new Scoperto(percent, minimum);
    }

    static CostShare franchigia(Money perEvent) {
        return new Franchigia(perEvent);
    }

    static CostShare none() {
        return new NoShare();
    }
}
