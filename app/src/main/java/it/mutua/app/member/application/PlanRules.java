package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.application.PlanChains;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.PlanResolver;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * The plan a tenant enrols people under, as in force on a date, resolved through its layers (national base, sector
 * tailoring, regional project, cooperative adoption). Until the plans feature offers the adopted plan of a
 * cooperative directly, the plan code is stored on the adhesion and resolved here.
 */
@ApplicationScoped
public class PlanRules {

    @Inject
    PlanChains chains;
    @Inject
    TenantRepository tenants;

    private final PlanResolver resolver = new PlanResolver();

    /** 422 {@code enrolment.plan.not_in_force} when no version of the plan is in force for the tenant on the date. */
    public PlanTerms termsOn(String planCode, LocalDate date) {
        String code = planCode == null ? "" : planCode.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw RuleViolation.invalid("planCode", "plan.code.invalid", planCode);
        }
        Tenant tenant = tenants.findById(CurrentTenant.get().id()).orElseThrow();
        var versions = new EffectivePlanTimeline(code, chains.histories(code, chains.chainOf(tenant))).versionsOn(date)
                .orElseThrow(() -> RuleViolation.unprocessable("planCode", "enrolment.plan.not_in_force", code, date));
        EffectivePlan plan = resolver.resolve(versions);
        return new PlanTerms(code, plan.familyExtensionOffered(), plan.contributions());
    }
}
