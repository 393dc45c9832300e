package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.application.PlanChains;
import it.mutua.app.plan.application.PlanQueries;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * The plan a tenant enrols people under, as in force on a date. A cooperative enrols under the plan it has ADOPTED
 * (the plans feature's {@link PlanQueries#inForce}): its plan code, and its own family-extension option. A regional
 * mutual enrolling people individually names a plan, resolved through its layers (national base, regional project).
 * Resolved once per transaction, plan and date ({@link PlanTermsCache}).
 */
@ApplicationScoped
public class PlanRules {

    private static final String ADOPTED = "";

    @Inject
    PlanChains chains;
    @Inject
    PlanQueries queries;
    @Inject
    TenantRepository tenants;
    @Inject
    PlanTermsCache cache;

    /**
     * The terms to enrol under on {@code date}. For a cooperative: its adoption in force (422
     * {@code enrolment.plan.not_adopted} without one; 422 {@code enrolment.plan.not_the_adopted_one} when
     * {@code planCode} names another plan; {@code planCode} may be omitted). Elsewhere: the named plan (422
     * {@code enrolment.plan.not_in_force} when no version is in force for the tenant then).
     */
    public PlanTerms termsOn(String planCode, LocalDate date) {
        Tenant tenant = tenants.findById(CurrentTenant.get().id()).orElseThrow();
        String code = planCode == null || planCode.isBlank() ? null : planCode.strip().toUpperCase(Locale.ROOT);
        if (tenant.kind() == TenantKind.COOPERATIVE) {
            PlanTerms adopted = adoptedOn(tenant, date).orElseThrow(
                    () -> RuleViolation.unprocessable("planCode", "enrolment.plan.not_adopted", date));
            if (code != null && !code.equals(adopted.planCode())) {
                throw RuleViolation.unprocessable("planCode", "enrolment.plan.not_the_adopted_one", code,
                        adopted.planCode());
            }
            return adopted;
        }
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw RuleViolation.invalid("planCode", "plan.code.invalid", planCode);
        }
        return cache.get(tenant.id(), code, date, () -> resolve(tenant, code, date));
    }

    /** The cooperative's adopted plan on {@code date}, if any (empty for other tenants). */
    public Optional<PlanTerms> adoptedOn(LocalDate date) {
        Tenant tenant = tenants.findById(CurrentTenant.get().id()).orElseThrow();
        return tenant.kind() == TenantKind.COOPERATIVE ? adoptedOn(tenant, date) : Optional.empty();
    }

    private Optional<PlanTerms> adoptedOn(Tenant cooperative, LocalDate date) {
        PlanTerms terms = cache.get(cooperative.id(), ADOPTED, date, () -> queries.inForce(cooperative.id(), date)
                .map(p -> new PlanTerms(p.planCode(), p.options().familyExtensionOffered(), p.plan().contributions()))
                .orElse(null));
        return Optional.ofNullable(terms);
    }

    private PlanTerms resolve(Tenant tenant, String code, LocalDate date) {
        var versions = new EffectivePlanTimeline(code, chains.histories(code, chains.chainOf(tenant))).versionsOn(date)
                .orElseThrow(() -> RuleViolation.unprocessable("planCode", "enrolment.plan.not_in_force", code, date));
        EffectivePlan plan = chains.resolve(versions);
        return new PlanTerms(code, plan.familyExtensionOffered(), plan.contributions());
    }
}
