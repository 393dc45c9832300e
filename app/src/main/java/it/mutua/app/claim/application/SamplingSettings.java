package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.SamplingRules;
import it.mutua.app.claim.persistence.SamplingStore;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Roles;

/** The sampling rules, read by officers and set by the national administration (audited). */
@ApplicationScoped
public class SamplingSettings {

    @Inject
    NationalScope national;
    @Inject
    SamplingStore store;
    @Inject
    AuditLog audit;

    public SamplingRules current(ClaimPrincipal who) {
        if (!who.officer() && !who.caller().hasRole(Roles.NATIONAL_ADMIN)) {
            throw ProblemException.notFound("claim.not_found", "");
        }
        return national.call(store::current);
    }

    public SamplingRules set(ClaimPrincipal who, BigDecimal randomPercent, BigDecimal threshold, Set<String> benefits) {
        if (!who.caller().hasRole(Roles.NATIONAL_ADMIN) || who.caller().tenantId() != national.nationalId()) {
            throw ProblemException.forbidden("claim.sampling.nationalOnly");
        }
        if (randomPercent == null || threshold == null) {
            throw RuleViolation.invalid("randomPercent", "claim.sampling.required");
        }
        var codes = benefits == null ? Set.<String>of()
                : benefits.stream().map(String::strip).filter(b -> !b.isEmpty()).collect(Collectors.toSet());
        var rules = new SamplingRules(randomPercent, new Money(threshold), codes);
        return national.call(() -> {
            store.save(rules, who.username());
            audit.record(who.username(), who.caller().tenantId(), "CLAIM_SAMPLING_SET", national.nationalId(),
                    rules.toString());
            return store.current();
        });
    }
}
