package it.mutua.app.plan.domain;

import java.util.List;
import java.util.Objects;

/** The outcome for one claim line: what the mutual pays, and every reason that reduced it. */
public record ReimbursementResult(Money invoiced, Money reimbursed, List<ReimbursementReason> reasons) {

    public ReimbursementResult {
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(reimbursed, "reimbursed");
        reasons = List.copyOf(reasons);
    }

    /** What stays with the member. */
    public Money memberPays() {
        return invoiced.minus(reimbursed);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
