package it.mutua.app.plan.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One line to price: the resolved benefit, where the service was given, the invoiced amount and, when the service
 * falls under a sub-ceiling of the benefit (e.g. implants inside dental), that sub-ceiling's key.
 */
public record ReimbursementLine(EffectiveBenefit benefit, ProviderRegime regime, Money invoiced,
                                Optional<String> subCeiling) {

    public ReimbursementLine {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(subCeiling, "subCeiling");
    }

    public static ReimbursementLine of(EffectiveBenefit benefit, ProviderRegime regime, Money invoiced) {
        return new ReimbursementLine(benefit, regime, invoiced, Optional.empty());
    }
}
