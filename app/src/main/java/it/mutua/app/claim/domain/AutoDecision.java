package it.mutua.app.claim.domain;

import java.util.List;

/**
 * The decision the auto-check takes on a claim that is not sampled: rejected when nothing is reimbursable, partly
 * approved when anything beyond the plan's ordinary cost share cut a line (a ceiling, the minimum per request, a
 * refused line), approved otherwise.
 */
public final class AutoDecision {

    private AutoDecision() {
    }

    public static ClaimStatus of(List<LineJudgement> lines) {
        boolean nothing = lines.stream().allMatch(l -> l.reimbursed().isZero());
        if (nothing) {
            return ClaimStatus.REJECTED;
        }
        return lines.stream().anyMatch(LineJudgement::reducedBeyondCostShare)
                ? ClaimStatus.PARTLY_APPROVED : ClaimStatus.APPROVED;
    }
}
