package it.mutua.app.claim.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.CeilingKey;
import it.mutua.app.claim.domain.CeilingLedger;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.CoverageSource;
import it.mutua.app.claim.domain.SamplingRules;
import it.mutua.app.claim.persistence.CeilingRows;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.claim.persistence.SamplingStore;
import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.ProblemException;

/**
 * Many claims submitted by a claims officer at once, all or nothing, with the single submission's rules
 * ({@link ClaimSubmission}: shape, coverage, regime, plan, ceilings, sampling). Every claim is checked before anything
 * is written, and every refusal is reported by position; a batch with any refusal stores nothing. Then one national
 * transaction locks the union of the claims' ceiling rows in key order (the order single submissions use, so batches
 * and single claims queue on a row instead of deadlocking), judges the claims in their order against one ledger (a
 * later claim of the same person sees what an earlier one consumed), and writes claims, lines, transitions and audit
 * events in JDBC batches and the reporting figures once per cooperative.
 */
@ApplicationScoped
public class ClaimBatchSubmission {

    public static final int MAX_CLAIMS = 500;

    @Inject
    ClaimSubmission single;
    @Inject
    NationalScope national;
    @Inject
    CeilingRows ceilings;
    @Inject
    SamplingStore sampling;
    @Inject
    ClaimStore store;
    @Inject
    AuditLog audit;
    @Inject
    ClaimFigures figures;

    Clock clock = Clock.systemDefaultZone();

    /** A claim that passed the checks needing no reads: whose it is and which cooperative the form names. */
    private record Asked(int index, NewClaim claim, String patient, long tenantHint) {
    }

    public List<Claim> submit(ClaimPrincipal who, NewClaimBatch batch) {
        who.requireOfficer();
        List<NewClaim> claims = batch == null ? null : batch.claims();
        if (claims == null || claims.isEmpty()) {
            throw RuleViolation.invalid("claims", "claim.batch.empty");
        }
        if (claims.size() > MAX_CLAIMS) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "claim.batch.tooLarge", MAX_CLAIMS,
                    claims.size());
        }
        var refusals = new ArrayList<ClaimBatchRefused.Refusal>();
        List<Asked> asked = shapes(who, claims, refusals);
        var asks = new LinkedHashSet<CoverageSource.Ask>();
        for (Asked a : asked) {
            a.claim().lines().forEach(l -> asks.add(new CoverageSource.Ask(a.patient(), a.tenantHint(),
                    l.serviceDate())));
        }
        CoverageSource all = single.coverageSource();
        CoverageSource source = CoverageSource.prefetched(all.coverageOnAll(asks), all);
        var checked = new ArrayList<ClaimSubmission.Checked>();
        for (Asked a : asked) {
            try {
                checked.add(single.complete(a.claim(), single.prepare(source, a.patient(), a.tenantHint(),
                        a.claim().lines())));
            } catch (RuleViolation | InvalidValueException e) {
                refusals.add(new ClaimBatchRefused.Refusal(a.index(), e));
            }
        }
        if (!refusals.isEmpty()) {
            refusals.sort(Comparator.comparingInt(ClaimBatchRefused.Refusal::index));
            throw new ClaimBatchRefused(refusals);
        }
        return national.call(() -> adjudicateAndStore(who, checked));
    }

    /** The checks that need no reads but the catalog's cooperative codes (each looked up once per batch). */
    private List<Asked> shapes(ClaimPrincipal who, List<NewClaim> claims, List<ClaimBatchRefused.Refusal> refusals) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> tenantByCode = new HashMap<>();
        var asked = new ArrayList<Asked>();
        for (int i = 0; i < claims.size(); i++) {
            NewClaim claim = claims.get(i);
            try {
                single.checkLines(claim, today);
                String patient = single.patientOf(who, claim);
                String code = claim.memberTenant() == null ? "" : claim.memberTenant().strip().toLowerCase(Locale.ROOT);
                Long hint = tenantByCode.get(code);
                if (hint == null) {
                    hint = single.enrollingTenantOf(who, claim);
                    tenantByCode.put(code, hint);
                }
                asked.add(new Asked(i, claim, patient, hint));
            } catch (RuleViolation | InvalidValueException e) {
                refusals.add(new ClaimBatchRefused.Refusal(i, e));
            }
        }
        return asked;
    }

    /** In the national transaction: lock every row once, judge in order, write in batches. */
    private List<Claim> adjudicateAndStore(ClaimPrincipal who, List<ClaimSubmission.Checked> checked) {
        var keys = new TreeSet<CeilingKey>();
        checked.forEach(c -> keys.addAll(ClaimSubmission.keysOf(c.lines())));
        CeilingLedger ledger = ceilings.lock(keys);
        SamplingRules rules = sampling.current();
        var judged = new ArrayList<Claim>();
        for (ClaimSubmission.Checked c : checked) {
            judged.add(single.judge(who, c.lines(), c.iban(), c.payee(), Optional.empty(), ledger, rules));
        }
        ceilings.save(ledger);
        List<Claim> stored = store.insertAll(judged, who.role(),
                judged.stream().map(c -> ClaimSubmission.openings(who, c)).toList());
        audit.recordAll(stored.stream().map(c -> new AuditLog.Event(who.username(), who.caller().tenantId(),
                "CLAIM_SUBMITTED", c.memberTenantId(), ClaimSubmission.auditDetails(c))).toList());
        figures.submitted(stored);
        return stored;
    }
}
