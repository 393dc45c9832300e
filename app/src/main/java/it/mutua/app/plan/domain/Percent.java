package it.mutua.app.plan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage such as the 30 of a "30% scoperto". The range 0–100 is deliberately not enforced here but by the plan
 * field that holds it ({@link PlanPaths}), so the error can name the field's path, which the UI highlights.
 */
public record Percent(BigDecimal value) {

    public Percent {
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Percent of(String value) {
        return new Percent(new BigDecimal(value));
    }

    public static Percent of(long value) {
        return new Percent(BigDecimal.valueOf(value));
    }

    public boolean isWithin0To100() {
        return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
