package it.mutua.app.platform.startup;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.plan.application.AdoptionService;
import it.mutua.app.plan.application.Adoptions;
import it.mutua.app.plan.application.PlanService;
import it.mutua.app.plan.domain.AdoptionOptions;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.plan.domain.Overlay;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;
import it.mutua.app.tenancy.SupportedSchema;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * The plans of the demo beyond the national social-cooperation base: a second national plan with a family ceiling,
 * the social and housing federations' tailorings, Lombardy's local project (home care and physiotherapy at home) and
 * cooperative adoptions — so that the effective plan of coop-arcobaleno shows "national", "changed by the social
 * federation" and "added by Lombardy" out of the box. Each step goes through the plan services (same checks as the
 * API) and is skipped when already done.
 */
@ApplicationScoped
public class PlanDemo {

    private static final Logger LOG = Logger.getLogger(PlanDemo.class.getName());
    private static final String BY = "demo-loader";

    /** A demo adoption: cooperative, plan, whether it offers the family extension. */
    private record DemoAdoption(String coop, String plan, boolean family) {
    }

    private static final List<DemoAdoption> ADOPTIONS = List.of(
            new DemoAdoption("coop-arcobaleno", DemoPlans.SOCIAL_COOPERATION, true),
            new DemoAdoption("coop-il-melograno", DemoPlans.SOCIAL_COOPERATION, false),
            new DemoAdoption("coop-casa-lombarda", DemoPlans.SOCIAL_COOPERATION, true),
            new DemoAdoption("coop-san-martino", DemoPlans.SOCIAL_COOPERATION, true),
            new DemoAdoption("coop-abitare-bologna", DemoPlans.FAMILY_DENTAL, true));

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    PlanService plans;
    @Inject
    AdoptionService adoptionService;
    @Inject
    Adoptions adoptions;

    public void load() {
        Tenant national = tenants.national().orElseThrow();
        var ref = TenantDirectory.find(national.id()).orElseThrow();
        if (ref.schemaVersion() < SupportedSchema.MINIMUM_VERSION) {
            return; // DemoData already warned: the tenant migration must run first
        }
        scopes.callAs(ref, () -> plans.seedNationalBase(DemoPlans.FAMILY_DENTAL, DemoPlans.FIRST_DAY,
                DemoPlans.familyDentalNational(), BY));
        layer("social", DemoPlans.socialFederationTailoring());
        layer("housing", DemoPlans.housingFederationTailoring());
        layer("lombardia", DemoPlans.lombardyLocalProjects());
        for (DemoAdoption adoption : ADOPTIONS) {
            adopt(adoption);
        }
    }

    private void layer(String owner, Overlay overlay) {
        tenants.findByCode(owner).ifPresent(tenant -> {
            var ref = TenantDirectory.find(tenant.id()).orElseThrow();
            boolean published = scopes.callAs(ref, () -> plans.seedLayer(tenant, DemoPlans.SOCIAL_COOPERATION,
                    DemoPlans.FIRST_DAY, overlay, BY));
            if (published) {
                LOG.info(() -> "Demo layer of " + owner + " on " + DemoPlans.SOCIAL_COOPERATION + " published");
            }
        });
    }

    private void adopt(DemoAdoption demo) {
        tenants.findByCode(demo.coop()).ifPresent(coop -> {
            var ref = TenantDirectory.find(coop.id()).orElseThrow();
            var caller = new Caller(BY, coop.id(), Set.of(Roles.COOP_ADMIN));
            scopes.callAs(ref, () -> {
                if (adoptions.all().isEmpty()) {
                    adoptionService.adopt(caller, demo.plan(), new AdoptionService.AdoptRequest(DemoPlans.FIRST_DAY,
                            new AdoptionOptions(demo.family())));
                }
                return null;
            });
        });
    }
}
