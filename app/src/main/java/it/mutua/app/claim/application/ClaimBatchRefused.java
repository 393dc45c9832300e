package it.mutua.app.claim.application;

import java.util.List;

/**
 * A batch of claims refused as a whole: every claim that failed a check, by its position in the batch, with the
 * rule that refused it (a {@link it.mutua.app.kernel.RuleViolation} or an
 * {@link it.mutua.app.kernel.InvalidValueException}). Nothing of the batch was stored.
 */
public class ClaimBatchRefused extends RuntimeException {

    /** Claim {@code index} (0-based) was refused by {@code cause}. */
    public record Refusal(int index, RuntimeException cause) {
    }

    private final transient List<Refusal> refusals;

    public ClaimBatchRefused(List<Refusal> refusals) {
        // codes and fields only: the messages of these exceptions carry no personal data
        super(refusals.size() + " claim(s) of the batch refused: " + refusals.stream().limit(5)
                .map(r -> "[" + r.index() + "] " + r.cause().getMessage()).toList());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
