package it.mutua.app.claim.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.Adjudicator;
import it.mutua.app.claim.domain.CeilingKey;
import it.mutua.app.claim.domain.CeilingLedger;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.claim.domain.CoverageSource;
import it.mutua.app.claim.domain.LineJudgement;
import it.mutua.app.claim.domain.PlanSource;
import it.mutua.app.claim.persistence.CeilingRows;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.problem.ProblemException;

/**
 * An officer's decision on a claim in review, and reopening a decided claim (the member's appeal or an officer's
 * correction). The ledger always holds the approved amounts: a reduction or a rejection gives the difference back
 * to the ceilings, reopening re-adjudicates against the ceilings as they are now.
 */
@ApplicationScoped
public class ClaimDecisions {

    public enum Outcome { APPROVE, PARTLY_APPROVE, REJECT }

    @Inject
    NationalScope national;
    @Inject
    ClaimStore store;
    @Inject
    CeilingRows ceilings;
    @Inject
    AuditLog audit;
    @Inject
    CoverageSource coverage;
    @Inject
    PlanSource plans;

    private final Adjudicator adjudicator = new Adjudicator();

    /** {@code approvedByLine}: for a partial approval, the amount approved for each line number. */
    public Claim decide(ClaimPrincipal who, long claimId, Outcome outcome, String reason,
                        Map<Integer, Money> approvedByLine) {
        who.requireOfficer();
        if (outcome == null) {
            throw RuleViolation.invalid("outcome", "claim.decision.outcome");
        }
        Optional<String> why = Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty());
        if (outcome != Outcome.APPROVE && why.isEmpty()) {
            throw RuleViolation.invalid("reason", "claim.decision.reasonRequired");
        }
        if (why.isPresent() && why.get().length() > 500) {
            throw RuleViolation.invalid("reason", "claim.decision.reasonTooLong", 500);
        }
        return national.call(() -> {
            Claim claim = store.find(claimId, true).orElseThrow(() -> notFound(claimId));
            if (claim.status() != ClaimStatus.IN_REVIEW) {
                throw RuleViolation.conflict("claim.transition.invalid", claim.status(), outcome);
            }
            var lines = new ArrayList<ClaimLine>();
            for (ClaimLine line : claim.lines()) {
                Money approved = switch (outcome) {
                    case APPROVE -> line.reimbursable();
                    case REJECT -> Money.ZERO;
                    case PARTLY_APPROVE -> partial(line, approvedByLine);
                };
                lines.add(line.withApproved(approved));
            }
            Money total = lines.stream().map(ClaimLine::approved).reduce(Money.ZERO, Money::plus);
            if (outcome == Outcome.PARTLY_APPROVE && (total.isZero() || !total.isLessThan(claim.reimbursed()))) {
                throw RuleViolation.invalid("lines", "claim.decision.partialRange");
            }
            release(claim, lines);
            ClaimStatus next = switch (outcome) {
                case APPROVE -> ClaimStatus.APPROVED;
                case PARTLY_APPROVE -> ClaimStatus.PARTLY_APPROVED;
                case REJECT -> ClaimStatus.REJECTED;
            };
            Claim decided = new Claim(claim.id(), claim.memberFiscalCode(), claim.holderFiscalCode(),
                    claim.memberTenantId(), claim.planCode(), claim.status(), claim.requested(), claim.reimbursed(),
                    claim.iban(), claim.payeeName(), claim.sampledBecause(), claim.decisionReason(),
                    claim.preAuthorisationId(), claim.paymentBatchId(), claim.submittedBy(), claim.submittedAt(), lines)
                    .moveTo(next, why);
            store.update(decided);
            store.transition(claimId, claim.status(), next, who.username(), who.role(), why.orElse(null));
            audit.record(who.username(), who.caller().tenantId(), "CLAIM_" + next, claim.memberTenantId(),
                    "claim " + claimId + " approved " + total);
            return store.find(claimId, false).orElseThrow();
        });
    }

    /** Back into review, re-adjudicated against today's ledger: what it held is released first. */
    public Claim reopen(ClaimPrincipal who, long claimId, String reason) {
        who.requireClaimUser();
        String why = Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty())
                .orElseThrow(() -> RuleViolation.invalid("reason", "claim.decision.reasonRequired"));
        Claim seen = national.call(() -> store.find(claimId, false).filter(c -> visible(who, c))
                .orElseThrow(() -> notFound(claimId)));
        if (!seen.status().canMoveTo(ClaimStatus.IN_REVIEW)) {
            throw RuleViolation.conflict("claim.transition.invalid", seen.status(), ClaimStatus.IN_REVIEW);
        }
        Map<Integer, Optional<Coverage>> coverages = new HashMap<>();
        Map<Integer, Optional<it.mutua.app.plan.domain.EffectivePlan>> planOf = new HashMap<>();
        for (ClaimLine line : seen.lines()) {
            var c = coverage.coverageOn(seen.memberFiscalCode(), seen.memberTenantId(), line.serviceDate());
            coverages.put(line.lineNo(), c);
            planOf.put(line.lineNo(), c.flatMap(cv -> plans.inForce(cv.enrollingTenantId(), cv.planCode(),
                    line.serviceDate())));
        }
        return national.call(() -> {
            Claim claim = store.find(claimId, true).orElseThrow(() -> notFound(claimId));
            Claim reopened = claim.moveTo(ClaimStatus.IN_REVIEW, Optional.of(why));
            var keys = new TreeSet<CeilingKey>();
            claim.lines().forEach(l -> keys.addAll(keysOf(claim, l)));
            CeilingLedger ledger = ceilings.lock(keys);
            claim.lines().forEach(l -> ledger.add(keysOf(claim, l), Money.ZERO.minus(l.approved())));
            var byLine = new HashMap<it.mutua.app.claim.domain.LineToJudge, Integer>();
            claim.lines().forEach(l -> byLine.put(l.toJudge(), l.lineNo()));
            List<LineJudgement> judged = adjudicator.judgeClaim(claim.lines().stream().map(ClaimLine::toJudge).toList(),
                    l -> coverages.get(byLine.get(l)), l -> planOf.get(byLine.get(l)), ledger);
            ceilings.save(ledger);
            var lines = new ArrayList<ClaimLine>();
            for (int i = 0; i < judged.size(); i++) {
                lines.add(claim.lines().get(i).rejudged(judged.get(i)));
            }
            store.update(reopened.withLines(lines));
            store.transition(claimId, claim.status(), ClaimStatus.IN_REVIEW, who.username(), who.role(), why);
            audit.record(who.username(), who.caller().tenantId(), "CLAIM_REOPENED", claim.memberTenantId(),
                    "claim " + claimId);
            return store.find(claimId, false).orElseThrow();
        });
    }

    static boolean visible(ClaimPrincipal who, Claim claim) {
        return who.officer() || (who.member() && claim.visibleToMember(who.memberFiscalCode().get()));
    }

    static ProblemException notFound(long claimId) {
        return ProblemException.notFound("claim.not_found", claimId);
    }

    private void release(Claim claim, List<ClaimLine> decided) {
        var keys = new TreeSet<CeilingKey>();
        claim.lines().forEach(l -> keys.addAll(keysOf(claim, l)));
        CeilingLedger ledger = ceilings.lock(keys);
        for (int i = 0; i < decided.size(); i++) {
            ClaimLine before = claim.lines().get(i);
            ledger.add(keysOf(claim, before), decided.get(i).approved().minus(before.approved()));
        }
        ceilings.save(ledger);
    }

    private static java.util.SortedSet<CeilingKey> keysOf(Claim claim, ClaimLine line) {
        return CeilingLedger.keysFor(claim.memberFiscalCode(), claim.holderFiscalCode(), line.benefitCode(),
                line.subCeiling(), line.serviceDate().getYear());
    }

    private static Money partial(ClaimLine line, Map<Integer, Money> approvedByLine) {
        Money amount = approvedByLine == null ? null : approvedByLine.get(line.lineNo());
        if (amount == null) {
            return line.reimbursable();
        }
        if (amount.isNegative() || amount.isGreaterThan(line.reimbursable())) {
            throw RuleViolation.invalid("lines[" + line.lineNo() + "].approved", "claim.decision.lineRange",
                    amount.amount().toPlainString(), line.reimbursable().amount().toPlainString());
        }
        return amount;
    }
}
