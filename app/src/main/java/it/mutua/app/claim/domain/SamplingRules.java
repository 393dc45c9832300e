package it.mutua.app.claim.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;

import it.mutua.app.plan.domain.Money;

/**
 * When an automatically judged claim goes to a claims officer instead of straight to its decision, as set by the
 * national mutual: a random share of all claims (to keep everyone honest), every claim asking more than a threshold,
 * and every claim with a line on one of the listed benefits.
 */
public record SamplingRules(BigDecimal randomPercent, Money valueThreshold, Set<String> alwaysReviewedBenefits) {

    public static final SamplingRules DEFAULT = new SamplingRules(new BigDecimal("5"), Money.euros(1000), Set.of());

    public SamplingRules {
        Objects.requireNonNull(randomPercent, "randomPercent");
        Objects.requireNonNull(valueThreshold, "valueThreshold");
        alwaysReviewedBenefits = Set.copyOf(alwaysReviewedBenefits);
        if (randomPercent.signum() < 0 || randomPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw it.mutua.app.kernel.RuleViolation.invalid("randomPercent", "claim.sampling.percentRange", randomPercent);
        }
        if (valueThreshold.isNegative()) {
            throw it.mutua.app.kernel.RuleViolation.invalid("valueThreshold", "claim.sampling.thresholdNegative",
                    valueThreshold);
        }
    }

    /** Why a claim is sampled, or null when it is not; {@code dice} draws uniformly in [0, 100). */
    public String sample(Money requested, Set<String> benefitCodes, DoubleSupplier dice) {
        if (benefitCodes.stream().anyMatch(alwaysReviewedBenefits::contains)) {
            return "benefit";
        }
        if (requested.isGreaterThan(valueThreshold)) {
            return "threshold";
        }
        return dice.getAsDouble() < randomPercent.doubleValue() ? "random" : null;
    }
}
