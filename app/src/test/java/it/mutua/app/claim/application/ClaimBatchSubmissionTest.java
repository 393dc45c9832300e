package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.CeilingKey;
import it.mutua.app.claim.domain.CeilingLedger;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.claim.domain.CoverageSource;
import it.mutua.app.claim.domain.SamplingRules;
import it.mutua.app.claim.persistence.CeilingRows;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.claim.persistence.SamplingStore;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.PlanResolver;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/**
 * A batch of claims with the owners (members, plans, network) and the national store as in-memory fakes: all or
 * nothing, refusals by position, one ledger for the whole batch, coverage read once, who may submit.
 */
class ClaimBatchSubmissionTest {

    private static final String ELENA = "PRVLNE80A41H501F";
    private static final String MARCO = "RSSMRA85T10A562S";
    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate SERVICE = LocalDate.of(2026, 11, 20);
    private static final String IBAN = "IT60X0542811101000000123456";
    private static final ClaimPrincipal OFFICER = new ClaimPrincipal(
            new Caller("liquidatore", 1L, Set.of(Roles.CLAIMS_OFFICER)), Optional.empty());

    private final ClaimBatchSubmission batches = new ClaimBatchSubmission();
    private final Map<CeilingKey, Money> ceilingRows = new TreeMap<>();
    private final List<SortedSet<CeilingKey>> locks = new ArrayList<>();
    private final List<Claim> stored = new ArrayList<>();
    private final List<List<ClaimStore.Opening>> openings = new ArrayList<>();
    private final List<AuditLog.Event> audited = new ArrayList<>();
    private final List<Collection<CoverageSource.Ask>> groupedReads = new ArrayList<>();
    private final List<String> singleReads = new ArrayList<>();
    private int transactions;

    @BeforeEach
    void fakes() {
        var single = new ClaimSubmission();
        single.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        single.coverage = new CoverageSource() {
            @Override
            public Optional<Coverage> coverageOn(String fiscalCode, long hint, LocalDate date) {
                singleReads.add(fiscalCode + "@" + date);
                return date.isBefore(ENROLLED) || !Set.of(ELENA, MARCO).contains(fiscalCode) ? Optional.empty()
                        : Optional.of(new Coverage(fiscalCode, LocalDate.of(1980, 1, 1), FamilyRole.WORKER, fiscalCode,
                        7L, ENROLLED, DemoPlans.SOCIAL_COOPERATION, Optional.of(IBAN), Set.of(fiscalCode)));
            }

            @Override
            public Map<Ask, Optional<Coverage>> coverageOnAll(Collection<Ask> asks) {
                groupedReads.add(List.copyOf(asks));
                var answers = new HashMap<Ask, Optional<Coverage>>();
                asks.forEach(a -> answers.put(a, coverageOn(a.fiscalCode(), a.enrollingTenantHint(), a.date())));
                singleReads.clear();
                return answers;
            }
        };
        var plan = new PlanResolver().resolve(List.of(DemoPlans.socialCooperationNationalV1()));
        single.plans = (tenant, code, date) -> Optional.of(plan);
        single.regimes = (facility, tenant, date) -> "4242".equals(facility)
                ? Optional.of(ProviderRegime.COOPERATIVE_NETWORK) : Optional.empty();
        batches.single = single;
        batches.clock = single.clock;
        batches.national = new NationalScope() {
            @Override
            public <T> T call(Supplier<T> work) {
                transactions++;
                return work.get();
            }
        };
        batches.ceilings = new CeilingRows() {
            @Override
            public CeilingLedger lock(SortedSet<CeilingKey> keys) {
                locks.add(keys);
                var used = new TreeMap<CeilingKey, Money>();
                keys.forEach(k -> used.put(k, ceilingRows.getOrDefault(k, Money.ZERO)));
                return new CeilingLedger(used);
            }

            @Override
            public void save(CeilingLedger ledger) {
                ledger.changes().forEach((k, delta) -> ceilingRows.merge(k, delta, Money::plus));
            }
        };
        batches.sampling = new SamplingStore() {
            @Override
            public SamplingRules current() {
                return new SamplingRules(BigDecimal.ZERO, Money.euros(1000), Set.of());
            }
        };
        batches.store = new ClaimStore() {
            @Override
            public List<Claim> insertAll(List<Claim> claims, String role, List<List<Opening>> steps) {
                openings.addAll(steps);
                var result = new ArrayList<Claim>();
                for (Claim c : claims) {
                    Claim s = new Claim(stored.size() + 1L, c.memberFiscalCode(), c.holderFiscalCode(),
                            c.memberTenantId(), c.planCode(), c.status(), c.requested(), c.reimbursed(), c.iban(),
                            c.payeeName(), c.sampledBecause(), c.decisionReason(), c.preAuthorisationId(),
                            c.paymentBatchId(), c.submittedBy(), null, c.lines());
                    stored.add(s);
                    result.add(s);
                }
                return result;
            }
        };
        batches.audit = new AuditLog() {
            @Override
            public void recordAll(List<Event> events) {
                audited.addAll(events);
            }
        };
        batches.figures = new ClaimFigures() {
            @Override
            public void submitted(List<Claim> claims) {
                // counted by ClaimFiguresTest
            }
        };
    }

    private static NewClaim.Line visit(String amount, LocalDate day) {
        return new NewClaim.Line(DemoPlans.SPECIALIST_VISITS, "4242", null, null, day, new BigDecimal(amount),
                "F-1", day, null, null);
    }

    private static NewClaim.Line diagnostics(String amount, LocalDate day) {
        return new NewClaim.Line(DemoPlans.DIAGNOSTICS, null, "Centro", "OUT_OF_NETWORK", day, new BigDecimal(amount),
                "F-2", day, null, null);
    }

    private static NewClaim claim(String who, NewClaim.Line... lines) {
        return new NewClaim(who, null, IBAN, "Elena Prova", List.of(lines));
    }

    private static NewClaimBatch batch(NewClaim... claims) {
        return new NewClaimBatch(List.of(claims));
    }

    @Test
    void claims_of_one_batch_are_judged_in_order_against_one_ledger_so_the_700_euro_ceiling_is_never_overspent() {
        var claims = new ArrayList<NewClaim>();
        for (int i = 0; i < 8; i++) {
            claims.add(claim(ELENA, visit("130.00", SERVICE)));
        }
        List<Claim> result = batches.submit(OFFICER, new NewClaimBatch(claims));

        assertEquals(8, result.size());
        result.subList(0, 7).forEach(c -> assertEquals(Money.euros(100), c.reimbursed(), "€130 less the €30 share"));
        assertEquals(Money.ZERO, result.get(7).reimbursed(), "the eighth finds the €700 ceiling spent");
        assertEquals(Money.euros(700), ceilingRows.get(new CeilingKey(CeilingKey.Scope.PERSON, ELENA,
                DemoPlans.SPECIALIST_VISITS, "", 2026)));
        assertEquals(1, locks.size(), "the rows are locked once for the whole batch");
        assertEquals(1, transactions, "one national transaction");
    }

    @Test
    void the_ceiling_rows_of_every_claim_are_locked_together_in_key_order() {
        batches.submit(OFFICER, batch(claim(MARCO, visit("130.00", SERVICE)), claim(ELENA, visit("130.00", SERVICE)),
                claim(ELENA, diagnostics("150.00", SERVICE))));

        var keys = new ArrayList<>(locks.getFirst());
        var sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        assertEquals(sorted, keys);
        assertEquals(6, keys.size(), "person and family rows of two people for two benefits, once each");
    }

    @Test
    void one_invalid_claim_refuses_the_whole_batch_and_every_refusal_is_reported_by_its_position() {
        var badBenefit = new NewClaim.Line("not a benefit", null, "Centro", null, SERVICE, new BigDecimal("10.00"),
                "F-3", SERVICE, null, null);
        var refused = assertThrows(ClaimBatchRefused.class, () -> batches.submit(OFFICER, batch(
                claim(ELENA, visit("130.00", SERVICE)),
                claim(ELENA, badBenefit),
                claim(ELENA, diagnostics("150.00", ENROLLED.minusDays(10))),
                claim("RSSMRA85T10A562X", diagnostics("150.00", SERVICE)),
                claim(MARCO, diagnostics("150.00", SERVICE)),
                claim("VRDLRA90A41F205Y", diagnostics("150.00", SERVICE)))));

        assertEquals(List.of(1, 2, 3, 5), refused.refusals().stream().map(ClaimBatchRefused.Refusal::index).toList());
        var first = (RuleViolation) refused.refusals().getFirst().cause();
        assertEquals("claim.line.benefit", first.code());
        assertEquals("lines[0].benefit", first.field());
        assertEquals("claim.line.beforeEnrolment", ((RuleViolation) refused.refusals().get(1).cause()).code());
        assertEquals("fiscal_code.check_char",
                ((it.mutua.app.kernel.InvalidValueException) refused.refusals().get(2).cause()).code());
        assertEquals("claim.line.notCovered", ((RuleViolation) refused.refusals().get(3).cause()).code());
        assertTrue(stored.isEmpty(), "nothing stored");
        assertEquals(0, transactions, "the national transaction is never opened");
        assertTrue(ceilingRows.isEmpty(), "no ceiling touched");
    }

    @Test
    void the_coverage_of_the_whole_batch_is_read_in_one_grouped_question_per_person_and_day() {
        batches.submit(OFFICER, batch(claim(ELENA, visit("130.00", SERVICE)), claim(ELENA, diagnostics("90.00", SERVICE)),
                claim(MARCO, visit("130.00", SERVICE))));

        assertEquals(1, groupedReads.size());
        assertEquals(2, groupedReads.getFirst().size(), "Elena on the 20th, Marco on the 20th");
        assertTrue(singleReads.isEmpty(), "no claim asked on its own: " + singleReads);
    }

    @Test
    void every_claim_of_the_batch_gets_its_opening_steps_and_its_own_audit_event() {
        List<Claim> result = batches.submit(OFFICER, batch(claim(ELENA, visit("130.00", SERVICE)),
                claim(MARCO, diagnostics("1500.00", SERVICE))));

        assertEquals(ClaimStatus.APPROVED, result.get(0).status());
        assertEquals(ClaimStatus.IN_REVIEW, result.get(1).status(), "above the €1,000 threshold");
        assertEquals(2, openings.size());
        assertEquals(List.of(ClaimStatus.SUBMITTED, ClaimStatus.AUTO_CHECKED, ClaimStatus.IN_REVIEW),
                openings.get(1).stream().map(ClaimStore.Opening::to).toList());
        assertEquals("sampled: threshold", openings.get(1).get(2).note());
        assertEquals(2, audited.size());
        assertTrue(audited.stream().allMatch(e -> e.action().equals("CLAIM_SUBMITTED")
                && e.actor().equals("liquidatore") && e.targetTenantId() == 7L));
        assertTrue(audited.get(1).details().startsWith("claim 2 requested €1500.00"), audited.get(1)::details);
    }

    @Test
    void an_empty_batch_is_refused_and_one_of_more_than_500_claims_is_too_large() {
        assertEquals("claim.batch.empty", assertThrows(RuleViolation.class,
                () -> batches.submit(OFFICER, new NewClaimBatch(List.of()))).code());
        assertEquals("claim.batch.empty", assertThrows(RuleViolation.class,
                () -> batches.submit(OFFICER, null)).code());
        var many = Collections.nCopies(501, claim(ELENA, visit("130.00", SERVICE)));
        var tooLarge = assertThrows(ProblemException.class, () -> batches.submit(OFFICER, new NewClaimBatch(many)));
        assertEquals(Response.Status.REQUEST_ENTITY_TOO_LARGE, tooLarge.status());
        assertEquals("claim.batch.tooLarge", tooLarge.code());
        assertFalse(transactions > 0);
    }

    @Test
    void a_member_may_not_submit_a_batch_and_the_employer_is_told_claims_do_not_exist() {
        var member = new ClaimPrincipal(new Caller("elena", 7L, Set.of(Roles.MEMBER)), Optional.of(ELENA));
        var employer = new ClaimPrincipal(new Caller("admin.coop", 7L, Set.of(Roles.COOP_ADMIN)), Optional.empty());
        var one = batch(claim(ELENA, visit("130.00", SERVICE)));

        assertEquals(Response.Status.FORBIDDEN, assertThrows(ProblemException.class,
                () -> batches.submit(member, one)).status());
        assertEquals(Response.Status.NOT_FOUND, assertThrows(ProblemException.class,
                () -> batches.submit(employer, one)).status());
        assertTrue(stored.isEmpty());
    }
}
