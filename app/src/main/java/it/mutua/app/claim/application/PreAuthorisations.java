package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLineRules;
import it.mutua.app.claim.domain.PreAuthorisationRules;
import it.mutua.app.claim.persistence.PreAuthStore;
import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.problem.ProblemException;

/**
 * Direct-network services: the member (or an officer) asks, an officer authorises an amount for a validity window,
 * and the facility's charge is settled directly as a claim paid to the facility's IBAN, adjudicated like any other
 * (so the member pays only their share and the ceilings are consumed). Urgent admissions are authorised afterwards,
 * within 5 days.
 */
@ApplicationScoped
public class PreAuthorisations {

    public record Request(String fiscalCode, String memberTenant, String benefit, String facility, String facilityName,
                          String facilityIban, String regime, LocalDate plannedDate, BigDecimal estimated,
                          boolean urgent) {
    }

    public record Decision(boolean approve, BigDecimal authorised, LocalDate validFrom, LocalDate validTo,
                           String reason) {
    }

    public record Charge(LocalDate serviceDate, BigDecimal invoiced, String invoiceNumber, LocalDate invoiceDate,
                         String cause) {
    }

    @Inject
    NationalScope national;
    @Inject
    PreAuthStore store;
    @Inject
    ClaimSubmission submission;
    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    public PreAuthStore.PreAuth request(ClaimPrincipal who, Request r) {
        who.requireClaimUser();
        if (r == null || r.plannedDate() == null || r.estimated() == null || r.benefit() == null) {
            throw RuleViolation.invalid("plannedDate", "claim.line.incomplete");
        }
        if (r.facility() == null || r.facility().isBlank() || r.facilityName() == null || r.facilityName().isBlank()
                || r.facilityName().length() > 70) {
            throw RuleViolation.invalid("facility", "claim.preauth.facility");
        }
        LocalDate today = LocalDate.now(clock);
        PreAuthorisationRules.checkRequest(r.urgent(), r.plannedDate(), today);
        ClaimLineRules.check(0, new Money(r.estimated()), today, today, "-", today);
        String iban = Iban.parse(r.facilityIban()).value();
        var asClaim = new NewClaim(r.fiscalCode(), r.memberTenant(), iban, r.facilityName(), List.of());
        // the same checks as a claim: the patient is the caller or their family, covered on the planned date
        String patient = submission.patientOf(who, asClaim);
        long tenant = submission.enrollingTenantOf(who, asClaim);
        submission.checkFamily(who, patient, tenant, today);
        var coverage = submission.coverageOf(patient, tenant, r.plannedDate())
                .orElseThrow(() -> RuleViolation.invalid("plannedDate", "claim.line.notCovered", patient,
                        r.plannedDate()));
        // direct settlement exists only with the network: the registry decides the regime, not the request
        ProviderRegime regime = submission.networkRegimeOf(r.facility(), coverage.enrollingTenantId(), r.plannedDate());
        if (regime == ProviderRegime.OUT_OF_NETWORK) {
            throw RuleViolation.invalid("facility", "claim.preauth.notInNetwork", r.facility().strip(), r.plannedDate());
        }
        return national.call(() -> {
            long id = store.insert(new PreAuthStore.PreAuth(0, patient, coverage.enrollingTenantId(),
                    r.benefit().strip(), r.facility().strip(), r.facilityName().strip(), iban,
                    regime.name(), r.plannedDate(), new Money(r.estimated()), r.urgent(), "REQUESTED",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    who.username()));
            audit.record(who.username(), who.caller().tenantId(), "PREAUTH_REQUESTED", coverage.enrollingTenantId(),
                    "pre-authorisation " + id);
            return store.find(id, false).orElseThrow();
        });
    }

    public PreAuthStore.PreAuth decide(ClaimPrincipal who, long id, Decision d) {
        who.requireOfficer();
        if (d == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        if (d.approve()) {
            PreAuthorisationRules.checkWindow(d.validFrom(), d.validTo());
            if (d.authorised() == null) {
                throw RuleViolation.invalid("authorised", "claim.line.amountRange", "-", ClaimLineRules.MAX_INVOICED);
            }
            ClaimLineRules.check(0, new Money(d.authorised()), LocalDate.now(clock), LocalDate.now(clock), "-",
                    LocalDate.now(clock));
        } else if (d.reason() == null || d.reason().isBlank()) {
            throw RuleViolation.invalid("reason", "claim.decision.reasonRequired");
        }
        return national.call(() -> {
            var p = store.find(id, true).orElseThrow(() -> notFound(id));
            if (!"REQUESTED".equals(p.status())) {
                throw RuleViolation.conflict("claim.transition.invalid", p.status(), d.approve() ? "APPROVED" : "REJECTED");
            }
            store.decide(id, d.approve() ? "APPROVED" : "REJECTED", d.approve() ? new Money(d.authorised()) : null,
                    d.approve() ? d.validFrom() : null, d.approve() ? d.validTo() : null, d.reason(), who.username());
            audit.record(who.username(), who.caller().tenantId(), d.approve() ? "PREAUTH_APPROVED" : "PREAUTH_REJECTED",
                    p.memberTenantId(), "pre-authorisation " + id);
            return store.find(id, false).orElseThrow();
        });
    }

    /** The facility's charge: adjudicated as a claim paid to the facility, once. */
    public Claim settle(ClaimPrincipal who, long id, Charge charge) {
        who.requireOfficer();
        if (charge == null || charge.serviceDate() == null || charge.invoiced() == null || charge.invoiceDate() == null) {
            throw RuleViolation.invalid("serviceDate", "claim.line.incomplete");
        }
        var p = national.call(() -> store.find(id, false).orElseThrow(() -> notFound(id)));
        if (!"APPROVED".equals(p.status())) {
            throw RuleViolation.conflict(p.status().equals("SETTLED") ? "claim.preauth.settled" : "claim.preauth.notApproved", id);
        }
        PreAuthorisationRules.checkSettlement(charge.serviceDate(), new Money(charge.invoiced()), p.validFrom().get(),
                p.validTo().get(), p.authorised().get());
        var line = new NewClaim.Line(p.benefit(), p.facilityRef(), p.facilityName(), p.regime(), charge.serviceDate(),
                charge.invoiced(), charge.invoiceNumber(), charge.invoiceDate(), charge.cause(), null);
        var prepared = submission.checkedLines(p.fiscalCode(), p.memberTenantId(), List.of(line));
        return national.call(() -> {
            var locked = store.find(id, true).orElseThrow();
            if (!"APPROVED".equals(locked.status())) {
                throw RuleViolation.conflict("claim.preauth.settled", id);
            }
            Claim claim = submission.adjudicateAndStore(who, prepared, p.facilityIban(), p.facilityName(), Optional.of(id));
            store.settled(id, claim.id());
            return claim;
        });
    }

    public PreAuthStore.PreAuth get(ClaimPrincipal who, long id) {
        who.requireClaimUser();
        return national.call(() -> store.find(id, false)
                .filter(p -> who.officer() || p.fiscalCode().equals(who.memberFiscalCode().orElse("")))
                .orElseThrow(() -> notFound(id)));
    }

    public List<PreAuthStore.PreAuth> mine(ClaimPrincipal who) {
        who.requireClaimUser();
        if (!who.member()) {
            throw ProblemException.forbidden("claim.member_only");
        }
        return national.call(() -> store.ofMember(who.memberFiscalCode().get()));
    }

    /** The officers' worklist: one page of the requests in a status (every status when blank). */
    public Page queue(ClaimPrincipal who, String status, int page, int size) {
        who.requireOfficer();
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw RuleViolation.invalid("status", "claim.preauth.status", String.join(", ", STATUSES));
        }
        if (page < 0) {
            throw RuleViolation.invalid("page", "request.page.negative");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw RuleViolation.invalid("size", "request.size.range", MAX_PAGE);
        }
        return national.call(() -> new Page(store.page(wanted, page * size, size), store.count(wanted)));
    }

    /** A page of pre-authorisations and how many there are in all. */
    public record Page(List<PreAuthStore.PreAuth> items, long total) {
    }

    private static final List<String> STATUSES = List.of("REQUESTED", "APPROVED", "REJECTED", "SETTLED");
    private static final int MAX_PAGE = 200;

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("claim.preauth.not_found", id);
    }
}
