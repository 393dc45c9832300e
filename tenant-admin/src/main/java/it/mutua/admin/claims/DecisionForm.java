package it.mutua.admin.claims;

import it.mutua.admin.api.ClaimData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the officer fills in to decide a claim in review, checked before the call with the API's own rules so the
 * reason shows next to the field: a reason is required unless approving in full (at most 500 characters); a partial
 * approval needs an amount for every line between zero and that line's reimbursable amount, in total more than zero
 * and less than the whole reimbursable amount.
 */
public final class DecisionForm {

    public enum Outcome { APPROVE, PARTLY_APPROVE, REJECT }

    static final int MAX_REASON = 500;

    private final Map<Integer, BigDecimal> reimbursable;
    private final Map<Integer, BigDecimal> approved = new TreeMap<>();
    private Outcome outcome;
    private String reason;

    /** @param reimbursable the reimbursable amount of each line, by line number */
    public DecisionForm(Map<Integer, BigDecimal> reimbursable) {
        this.reimbursable = new TreeMap<>(reimbursable);
    }

    static DecisionForm of(ClaimData.Claim claim) {
        Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
        claim.lines().forEach(l -> amounts.put(l.line(), new BigDecimal(l.reimbursable())));
        return new DecisionForm(amounts);
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    public void setApproved(int line, BigDecimal amount) {
        if (amount == null) {
            approved.remove(line);
        } else {
            approved.put(line, amount);
        }
    }

    public List<Integer> lines() {
        return List.copyOf(reimbursable.keySet());
    }

    public BigDecimal reimbursable(int line) {
        return reimbursable.get(line);
    }

    /** The problems, as field name ("outcome", "reason", "line.N", "lines") to translation key; empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", "decision.outcome_required");
            return problems;
        }
        String why = reason == null ? "" : reason.strip();
        if (outcome != Outcome.APPROVE && why.isEmpty()) {
            problems.put("reason", "decision.reason_required");
        } else if (why.length() > MAX_REASON) {
            problems.put("reason", "decision.reason_too_long");
        }
        if (outcome == Outcome.PARTLY_APPROVE) {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal whole = BigDecimal.ZERO;
            for (Map.Entry<Integer, BigDecimal> line : reimbursable.entrySet()) {
                BigDecimal amount = approved.get(line.getKey());
                whole = whole.add(line.getValue());
                if (amount == null || amount.signum() < 0 || amount.compareTo(line.getValue()) > 0) {
                    problems.put("line." + line.getKey(), "decision.line_range");
                } else {
                    total = total.add(amount);
                }
            }
            if (problems.keySet().stream().noneMatch(k -> k.startsWith("line."))
                    && (total.signum() == 0 || total.compareTo(whole) >= 0)) {
                problems.put("lines", "decision.partial_range");
            }
        }
        return problems;
    }

    /** The request body; call only when {@link #problems()} is empty. */
    public ClaimData.Decision toRequest() {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        List<ClaimData.LineAmount> lines = new ArrayList<>();
        if (outcome == Outcome.PARTLY_APPROVE) {
            approved.forEach((line, amount) -> lines.add(new ClaimData.LineAmount(line, amount)));
        }
        return new ClaimData.Decision(outcome.name(), why, lines.isEmpty() ? null : lines);
    }
}
