package it.mutua.app.claim.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import it.mutua.app.plan.domain.Money;

/** A stored claim with its lines: whose it is, where it stands, what was asked and what will be paid. */
public record Claim(long id, String memberFiscalCode, String holderFiscalCode, long memberTenantId, String planCode,
                    ClaimStatus status, Money requested, Money reimbursed, Optional<String> iban, String payeeName,
                    Optional<String> sampledBecause, Optional<String> decisionReason, Optional<Long> preAuthorisationId,
                    Optional<Long> paymentBatchId, String submittedBy, OffsetDateTime submittedAt,
                    List<ClaimLine> lines) {

    public Claim {
        lines = List.copyOf(lines);
    }

    public Claim withLines(List<ClaimLine> newLines) {
        Money reimbursable = newLines.stream().map(ClaimLine::reimbursable).reduce(Money.ZERO, Money::plus);
        return new Claim(id, memberFiscalCode, holderFiscalCode, memberTenantId, planCode, status, requested,
                reimbursable, iban, payeeName, sampledBecause, decisionReason, preAuthorisationId, paymentBatchId,
                submittedBy, submittedAt, newLines);
    }

    /** The claim in its next status; 409 when the workflow has no such step from here. */
    public Claim moveTo(ClaimStatus next, Optional<String> reason) {
        if (!status.canMoveTo(next)) {
            throw it.mutua.app.kernel.RuleViolation.conflict("claim.transition.invalid", status, next);
        }
        return new Claim(id, memberFiscalCode, holderFiscalCode, memberTenantId, planCode, next, requested,
                reimbursed, iban, payeeName, sampledBecause, reason.or(() -> decisionReason), preAuthorisationId,
                paymentBatchId, submittedBy, submittedAt, lines);
    }

    public Claim inBatch(long batchId) {
        return new Claim(id, memberFiscalCode, holderFiscalCode, memberTenantId, planCode, status, requested,
                reimbursed, iban, payeeName, sampledBecause, decisionReason, preAuthorisationId, Optional.of(batchId),
                submittedBy, submittedAt, lines);
    }

    public Money approved() {
        return lines.stream().map(ClaimLine::approved).reduce(Money.ZERO, Money::plus);
    }

    /** A member sees their own claims and, as the holder of a family unit, their family's. */
    public boolean visibleToMember(String fiscalCode) {
        return memberFiscalCode.equals(fiscalCode) || holderFiscalCode.equals(fiscalCode);
    }
}
