package it.mutua.app.claim.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import it.mutua.app.plan.domain.BenefitArea;
import it.mutua.app.plan.domain.EffectiveBenefit;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ReimbursementReason;

/**
 * The outcome for one line: the amount reimbursed and every reason, in order. {@code benefit} is empty when the line
 * was refused before pricing (no coverage, no such benefit).
 */
public record LineJudgement(Money invoiced, Money reimbursed, List<ReimbursementReason> reasons,
                            Optional<EffectiveBenefit> benefit) {

    public LineJudgement {
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(reimbursed, "reimbursed");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(benefit, "benefit");
    }

    public Money memberPays() {
        return invoiced.minus(reimbursed);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }

    /** Whether something other than the plan's ordinary cost share reduced the line (ceiling, minimum, refusal). */
    public boolean reducedBeyondCostShare() {
        return reasons.stream().map(ReimbursementReason::code)
                .anyMatch(code -> !code.startsWith("reimbursement.share.") && !code.equals(Adjudicator.COVERED));
    }

    public Optional<BenefitArea> area() {
        return benefit.map(EffectiveBenefit::area);
    }

    public boolean vincolata() {
        return benefit.map(EffectiveBenefit::vincolata).orElse(false);
    }
}
