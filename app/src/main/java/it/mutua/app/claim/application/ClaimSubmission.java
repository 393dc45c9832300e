package it.mutua.app.claim.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.Adjudicator;
import it.mutua.app.claim.domain.AutoDecision;
import it.mutua.app.claim.domain.CeilingKey;
import it.mutua.app.claim.domain.CeilingLedger;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.claim.domain.ClaimLineRules;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.claim.domain.CoverageSource;
import it.mutua.app.claim.domain.LineJudgement;
import it.mutua.app.claim.domain.LineToJudge;
import it.mutua.app.claim.domain.PlanSource;
import it.mutua.app.claim.domain.RegimeSource;
import it.mutua.app.claim.domain.SamplingRules;
import it.mutua.app.claim.domain.Transition;
import it.mutua.app.claim.persistence.CeilingRows;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.claim.persistence.SamplingStore;
import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;

/**
 * Submitting a claim: every check that can refuse it runs first (so a refused claim stores nothing), coverage and
 * plans are read from their owners, then one national transaction locks the ceiling rows, adjudicates, samples,
 * stores the claim with its transitions, the audit event and the reporting figures.
 */
@ApplicationScoped
public class ClaimSubmission {

    static final String SYSTEM = "auto-check";
    static final String ARREARS = "arrears";

    @Inject
    CoverageSource coverage;
    @Inject
    PlanSource plans;
    @Inject
    RegimeSource regimes;
    @Inject
    NationalScope national;
    @Inject
    ClaimStore store;
    @Inject
    CeilingRows ceilings;
    @Inject
    SamplingStore sampling;
    @Inject
    AuditLog audit;
    @Inject
    ClaimFigures figures;
    @Inject
    TenantRepository tenants;

    private final Adjudicator adjudicator = new Adjudicator();
    Clock clock = Clock.systemDefaultZone();

    /** A line with everything adjudication needs resolved: its coverage, plan and regime. */
    record Prepared(LineToJudge line, NewClaim.Line asked, Coverage coverage, Optional<EffectivePlan> plan) {
    }

    /** A claim that passed every check: its lines prepared for adjudication, the account to pay and the payee. */
    record Checked(List<Prepared> lines, String iban, String payee) {
    }

    /** A claim just stored, with its opening transitions as stored: what the POST answers, without reading back. */
    record Opened(Claim claim, List<Transition> transitions) {
    }

    public ClaimReads.Details submit(ClaimPrincipal who, NewClaim request) {
        who.requireClaimUser();
        LocalDate today = LocalDate.now(clock);
        checkLines(request, today);
        String patient = patient(who, request);
        long tenantHint = enrollingTenant(who, request);
        checkFamily(who, patient, tenantHint, today);
        Checked checked = complete(request, prepare(coverage, patient, tenantHint, request.lines()));
        return national.call(() -> {
            Opened opened = adjudicateAndOpen(who, checked.lines(), checked.iban(), checked.payee(), Optional.empty());
            return new ClaimReads.Details(opened.claim(), opened.transitions(), List.of());
        });
    }

    /** The claim's lines are there, not too many, and each is well-formed (before anything is read). */
    void checkLines(NewClaim request, LocalDate today) {
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            throw RuleViolation.invalid("lines", "claim.lines.required");
        }
        if (request.lines().size() > ClaimLineRules.MAX_LINES) {
            throw RuleViolation.invalid("lines", "claim.lines.tooMany", ClaimLineRules.MAX_LINES);
        }
        for (int i = 0; i < request.lines().size(); i++) {
            checkShape(i, request.lines().get(i), today);
        }
    }

    /** The account to pay (the form's, else the holder's on file) and the payee: refused when there is no IBAN. */
    Checked complete(NewClaim request, List<Prepared> lines) {
        Coverage first = lines.getFirst().coverage();
        Optional<String> iban = iban(request.iban()).or(first::holderIban);
        if (iban.isEmpty()) {
            throw RuleViolation.invalid("iban", "claim.iban.required");
        }
        String payee = request.payeeName() == null || request.payeeName().isBlank() ? holderAsPayee(first)
                : request.payeeName().strip();
        if (payee.length() > 70) {
            throw RuleViolation.invalid("payeeName", "claim.payee.tooLong", 70);
        }
        return new Checked(lines, iban.get(), payee);
    }

    /**
     * Who is paid when the claim names nobody: the unit's holder, the owner of the IBAN, by the name the member
     * registry gives (family name, given name). Taken now, at submission, from the coverage already read in the
     * cooperative's own transaction, and stored with the claim next to the IBAN taken from the same holder at the same
     * moment: account and name stay a matching pair, and building a payment batch stays one national transaction that
     * never has to visit thousands of cooperative schemas (where a kill -9 would have more to leave half-done).
     * Kept as the registry spells it (accents included; the SEPA file transliterates), cut to the 70 characters of a
     * SEPA name. The holder's fiscal code only when the coverage source knows no name.
     */
    static String holderAsPayee(Coverage coverage) {
        String name = coverage.holderName().map(n -> n.strip().replaceAll("\\s+", " ")).filter(n -> !n.isEmpty())
                .orElse(coverage.holderFiscalCode());
        return name.length() > 70 ? name.substring(0, 70).strip() : name;
    }

    /** A member claims for themselves or their family unit only; officers for anyone. */
    void checkFamily(ClaimPrincipal who, String patient, long tenantHint, LocalDate today) {
        if (who.member() && !who.officer() && !patient.equals(who.memberFiscalCode().get())) {
            boolean family = coverage.coverageOn(who.memberFiscalCode().get(), tenantHint, today)
                    .filter(c -> c.familyIncludes(patient)).isPresent();
            if (!family) {
                throw RuleViolation.invalid("fiscalCode", "claim.claimant.notInFamily", patient);
            }
        }
    }

    /** Through a method, not the field: callers hold this bean's CDI proxy, whose fields are never injected. */
    Optional<Coverage> coverageOf(String fiscalCode, long tenantHint, LocalDate date) {
        return coverage.coverageOn(fiscalCode, tenantHint, date);
    }

    /** The regime of a network facility for this member on this date: 400 when it is not in the member's network. */
    ProviderRegime networkRegimeOf(String facility, long enrollingTenantId, LocalDate date) {
        return regimes.regimeOf(facility.strip(), enrollingTenantId, date).orElseThrow(
                () -> RuleViolation.invalid("facility", "claim.line.facilityUnknown", facility.strip()));
    }

    /** The coverage port, for a batch that reads every claim's coverage up front (see the note above). */
    CoverageSource coverageSource() {
        return coverage;
    }

    String patientOf(ClaimPrincipal who, NewClaim request) {
        return patient(who, request);
    }

    long enrollingTenantOf(ClaimPrincipal who, NewClaim request) {
        return enrollingTenant(who, request);
    }

    /** Shape checks and preparation of lines submitted on someone's behalf (a pre-authorisation's settlement). */
    List<Prepared> checkedLines(String patient, long tenantHint, List<NewClaim.Line> asked) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < asked.size(); i++) {
            checkShape(i, asked.get(i), today);
        }
        return prepare(coverage, patient, tenantHint, asked);
    }

    /** Runs in the national transaction: lock, judge, sample, store, audit, count. */
    Claim adjudicateAndStore(ClaimPrincipal who, List<Prepared> lines, String iban, String payee,
                             Optional<Long> preAuthorisation) {
        return adjudicateAndOpen(who, lines, iban, payee, preAuthorisation).claim();
    }

    Opened adjudicateAndOpen(ClaimPrincipal who, List<Prepared> lines, String iban, String payee,
                             Optional<Long> preAuthorisation) {
        CeilingLedger ledger = ceilings.lock(keysOf(lines));
        Claim judged = judge(who, lines, iban, payee, preAuthorisation, ledger, sampling.current());
        ceilings.save(ledger);
        Claim stored = store.insert(judged, who.role());
        List<Transition> steps = store.open(stored.id(), openings(who, stored));
        audit.record(who.username(), who.caller().tenantId(), "CLAIM_SUBMITTED", stored.memberTenantId(),
                auditDetails(stored));
        figures.submitted(stored);
        return new Opened(stored, steps);
    }

    /** The ceiling rows the lines touch, in lock order. */
    static SortedSet<CeilingKey> keysOf(List<Prepared> lines) {
        var keys = new TreeSet<CeilingKey>();
        lines.forEach(p -> keys.addAll(CeilingLedger.keysFor(p.coverage(), p.line())));
        return keys;
    }

    /**
     * Judges one claim against a ledger that already holds its rows (locked), counting what it pays into the ledger,
     * and samples it: the claim as it will be stored (id 0).
     */
    Claim judge(ClaimPrincipal who, List<Prepared> lines, String iban, String payee, Optional<Long> preAuthorisation,
                CeilingLedger ledger, SamplingRules rules) {
        Coverage first = lines.getFirst().coverage();
        Map<LineToJudge, Prepared> byLine = new HashMap<>();
        lines.forEach(p -> byLine.put(p.line(), p));
        List<LineJudgement> judged = adjudicator.judgeClaim(lines.stream().map(Prepared::line).toList(),
                l -> Optional.of(byLine.get(l).coverage()), l -> byLine.get(l).plan(), ledger);
        var claimLines = new ArrayList<ClaimLine>();
        for (int i = 0; i < lines.size(); i++) {
            claimLines.add(line(i + 1, lines.get(i), judged.get(i)));
        }
        Money requested = claimLines.stream().map(ClaimLine::invoiced).reduce(Money.ZERO, Money::plus);
        Money reimbursed = claimLines.stream().map(ClaimLine::reimbursable).reduce(Money.ZERO, Money::plus);
        var benefits = claimLines.stream().map(ClaimLine::benefitCode).collect(Collectors.toSet());
        // coverage suspended for the cooperative's arrears: covered, but an officer decides when it may be paid
        String sampled = lines.stream().anyMatch(p -> p.coverage().suspendedForArrears()) ? ARREARS
                : rules.sample(requested, benefits, () -> ThreadLocalRandom.current().nextDouble(100));
        ClaimStatus decided = sampled != null ? ClaimStatus.IN_REVIEW : AutoDecision.of(judged);
        return new Claim(0, first.fiscalCode(), first.holderFiscalCode(), first.enrollingTenantId(),
                first.planCode(), decided, requested, reimbursed, Optional.of(iban), payee, Optional.ofNullable(sampled),
                Optional.empty(), preAuthorisation, Optional.empty(), who.username(), null, claimLines);
    }

    /** Submitted by the caller, auto-checked, then decided (or sent to review) by the system. */
    static List<ClaimStore.Opening> openings(ClaimPrincipal who, Claim claim) {
        return List.of(new ClaimStore.Opening(null, ClaimStatus.SUBMITTED, who.username(), who.role(), null),
                new ClaimStore.Opening(ClaimStatus.SUBMITTED, ClaimStatus.AUTO_CHECKED, SYSTEM, SYSTEM, null),
                new ClaimStore.Opening(ClaimStatus.AUTO_CHECKED, claim.status(), SYSTEM, SYSTEM,
                        claim.sampledBecause().map(s -> "sampled: " + s).orElse("automatic decision")));
    }

    static String auditDetails(Claim claim) {
        return "claim " + claim.id() + " requested " + claim.requested() + " reimbursable " + claim.reimbursed() + " "
                + claim.status();
    }

    /** Coverage, plan and regime of each line, read from their owners; refuses lines the person was not covered for. */
    List<Prepared> prepare(String patient, long tenantHint, List<NewClaim.Line> asked) {
        return prepare(coverage, patient, tenantHint, asked);
    }

    /** The same, with coverage from {@code source} (a batch reads every claim's coverage up front). */
    List<Prepared> prepare(CoverageSource source, String patient, long tenantHint, List<NewClaim.Line> asked) {
        Map<LocalDate, Optional<Coverage>> coverages = new HashMap<>();
        var prepared = new ArrayList<Prepared>();
        for (int i = 0; i < asked.size(); i++) {
            NewClaim.Line l = asked.get(i);
            String at = "lines[" + i + "].";
            Coverage who = coverages.computeIfAbsent(l.serviceDate(), d -> source.coverageOn(patient, tenantHint, d))
                    .orElseThrow(() -> notCovered(source, at, patient, tenantHint, l.serviceDate()));
            if (l.serviceDate().isBefore(who.enrolmentStart())) {
                throw RuleViolation.invalid(at + "serviceDate", "claim.line.beforeEnrolment",
                        l.serviceDate(), who.enrolmentStart());
            }
            ProviderRegime regime = regimeOf(at, l, who);
            WaitingCause cause = l.cause() == null || l.cause().isBlank() ? WaitingCause.ILLNESS
                    : enumOf(WaitingCause.class, l.cause(), "cause");
            var line = new LineToJudge(l.benefit().strip(), regime, l.serviceDate(), new Money(l.invoiced()), cause,
                    Optional.ofNullable(l.subCeiling()).filter(s -> !s.isBlank()).map(String::strip));
            prepared.add(new Prepared(line, l, who, plans.inForce(who.enrollingTenantId(), who.planCode(),
                    l.serviceDate())));
        }
        return prepared;
    }

    /**
     * "Not covered" says why when it can: a service before the person's enrolment started is named as such (the
     * coverage on the day of submission tells when it started); anything else is a gap in coverage.
     */
    private RuntimeException notCovered(CoverageSource source, String at, String patient, long tenantHint,
                                        LocalDate serviceDate) {
        Optional<Coverage> now = source.coverageOn(patient, tenantHint, LocalDate.now(clock));
        if (now.isPresent() && serviceDate.isBefore(now.get().enrolmentStart())) {
            return RuleViolation.invalid(at + "serviceDate", "claim.line.beforeEnrolment", serviceDate,
                    now.get().enrolmentStart());
        }
        return RuleViolation.invalid(at + "serviceDate", "claim.line.notCovered", patient, serviceDate);
    }

    /**
     * A network facility's regime comes from the network registry on the service date, never from the form; without
     * a facility only the regimes nobody can check against the registry may be declared: a free-text provider out of
     * network (the default) or an SSN ticket.
     */
    private ProviderRegime regimeOf(String at, NewClaim.Line l, Coverage who) {
        Optional<String> facility = Optional.ofNullable(l.facility()).filter(f -> !f.isBlank()).map(String::strip);
        Optional<ProviderRegime> declared = Optional.ofNullable(l.regime()).filter(r -> !r.isBlank())
                .map(r -> enumOf(ProviderRegime.class, r, at + "regime"));
        if (facility.isPresent()) {
            return regimes.regimeOf(facility.get(), who.enrollingTenantId(), l.serviceDate()).orElseThrow(
                    () -> RuleViolation.invalid(at + "facility", "claim.line.facilityUnknown", facility.get()));
        }
        ProviderRegime regime = declared.orElse(ProviderRegime.OUT_OF_NETWORK);
        if (regime == ProviderRegime.COOPERATIVE_NETWORK || regime == ProviderRegime.OTHER_NETWORK) {
            throw RuleViolation.invalid(at + "facility", "claim.line.facilityRequired", regime);
        }
        return regime;
    }

    private static ClaimLine line(int number, Prepared p, LineJudgement j) {
        NewClaim.Line asked = p.asked();
        return new ClaimLine(0, number, p.line().benefitCode(), j.area().map(Enum::name).orElse(null), j.vincolata(),
                Optional.ofNullable(asked.facility()).filter(f -> !f.isBlank()).map(String::strip),
                Optional.ofNullable(asked.provider()).filter(f -> !f.isBlank()).map(String::strip), p.line().regime(),
                p.line().serviceDate(), p.line().invoiced(), asked.invoiceNumber().strip(), asked.invoiceDate(),
                p.line().cause(), p.line().subCeiling(), j.reimbursed(), j.reimbursed(), j.reasons());
    }

    private static void checkShape(int i, NewClaim.Line l, LocalDate today) {
        String at = "lines[" + i + "].";
        if (l == null || l.benefit() == null || !l.benefit().strip().matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw RuleViolation.invalid(at + "benefit", "claim.line.benefit");
        }
        if (l.serviceDate() == null || l.invoiceDate() == null || l.invoiced() == null) {
            throw RuleViolation.invalid(at + "serviceDate", "claim.line.incomplete");
        }
        if (l.invoiced().scale() > 2) {
            throw RuleViolation.invalid(at + "invoiced", "claim.line.cents", l.invoiced().toPlainString());
        }
        ClaimLineRules.check(i, new Money(l.invoiced()), l.serviceDate(), l.invoiceDate(), l.invoiceNumber(), today);
        if ((l.provider() != null && l.provider().length() > 200) || (l.facility() != null && l.facility().length() > 100)) {
            throw RuleViolation.invalid(at + "provider", "claim.line.providerTooLong");
        }
    }

    static String patient(ClaimPrincipal who, NewClaim request) {
        if (request.fiscalCode() == null || request.fiscalCode().isBlank()) {
            if (who.member()) {
                return who.memberFiscalCode().get();
            }
            throw RuleViolation.invalid("fiscalCode", "claim.fiscalCode.required");
        }
        return FiscalCode.parse(request.fiscalCode()).value();
    }

    /**
     * The tenant the claim says enrolled the patient: a member's own tenant; for an officer the cooperative (or
     * regional mutual) named in {@code memberTenant}, or 0 ("find it"): the national person index knows it.
     */
    private long enrollingTenant(ClaimPrincipal who, NewClaim request) {
        if (who.member() && !who.officer()) {
            return who.caller().tenantId();
        }
        String code = request.memberTenant() == null ? "" : request.memberTenant().strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            return 0;
        }
        return tenants.findByCode(code)
                .filter(t -> t.kind() == TenantKind.COOPERATIVE || t.kind() == TenantKind.REGIONAL).map(t -> t.id())
                .orElseThrow(() -> RuleViolation.invalid("memberTenant", "claim.memberTenant.unknown", code));
    }

    private static Optional<String> iban(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(Iban.parse(raw).value());
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String raw, String field) {
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(field, "claim.value.unknown", raw);
        }
    }
}
