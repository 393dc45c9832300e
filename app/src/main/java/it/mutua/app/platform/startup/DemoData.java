package it.mutua.app.platform.startup;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.catalog.application.NewTenant;
import it.mutua.app.catalog.application.TenantService;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.identity.application.UserService;
import it.mutua.app.kernel.VatNumber;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.plan.application.PlanService;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.SupportedSchema;
import it.mutua.app.tenancy.TenantScopes;

/**
 * The demo federation loaded on first start in demo mode: the national mutual, three sector federations, the Lombardy
 * regional mutual, ten cooperatives, one user per role and the social-cooperation base plan. Everything goes through the same services as the API, so
 * the demo obeys the same rules.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** A demo cooperative: code, name, region, federation, whether it sits under Lombardy. */
    private record Coop(String code, String name, String region, String federation) {
    }

    private static final List<Coop> COOPERATIVES = List.of(
            new Coop("coop-arcobaleno", "Cooperativa Sociale Arcobaleno", "03", "social"),
            new Coop("coop-il-melograno", "Il Melograno Società Cooperativa Sociale", "03", "social"),
            new Coop("coop-casa-lombarda", "Casa Lombarda Cooperativa di Abitanti", "03", "housing"),
            new Coop("coop-valle-brembana", "Cooperativa di Comunità Valle Brembana", "03", "community"),
            new Coop("coop-san-martino", "Cooperativa Sociale San Martino", "08", "social"),
            new Coop("coop-abitare-bologna", "Abitare Bologna Società Cooperativa", "08", "housing"),
            new Coop("coop-girasole", "Il Girasole Cooperativa Sociale", "09", "social"),
            new Coop("coop-roma-solidale", "Roma Solidale Cooperativa Sociale", "12", "social"),
            new Coop("coop-vesuvio-casa", "Vesuvio Casa Cooperativa Edilizia", "15", "housing"),
            new Coop("coop-borgo-vivo", "Borgo Vivo Cooperativa di Comunità", "01", "community"));

    /** Laura Verdi, born in Milan on 1 January 1990: a valid codice fiscale composed by the kernel. */
    private static final String LAURA_VERDI = it.mutua.app.kernel.FiscalCode.compose("VRD", "LRA",
            java.time.LocalDate.of(1990, 1, 1), it.mutua.app.kernel.Sex.F, "F205").value();

    @Inject
    TenantService tenants;
    @Inject
    TenantRepository repository;
    @Inject
    UserService users;
    @Inject
    MemberService members;
    @Inject
    TenantScopes scopes;
    @Inject
    PlanService plans;
    @Inject
    PlanDemo planDemo;
    @Inject
    MemberDemoData memberDemo;
    @Inject
    it.mutua.app.network.application.DemoNetwork network;

    @Inject
    @ConfigProperty(name = "mutua.demo.password", defaultValue = "Mutua-demo-2026")
    String password;

    /**
     * Loads whatever part of the demo is missing. Each step is its own transaction and is skipped when already done,
     * so a start interrupted half-way (kill -9) is completed by the next start instead of leaving half a demo.
     */
    public void loadIfEmpty() {
        if (!users.exists("admin.social")) {
            loadTenantsAndUsers();
        }
        publishDemoPlans();
        planDemo.load();
        memberDemo.load();
        network.loadIfEmpty();
    }

    private void loadTenantsAndUsers() {
        Tenant national = repository.national()
                .orElseGet(() -> tenants.createNational("nazionale", "Mutua Sanitaria Nazionale della Cooperazione"));
        user("admin.nazionale", "Amministrazione nazionale", national, Roles.NATIONAL_ADMIN, null);
        user("liquidatore", "Ufficio liquidazioni", national, Roles.CLAIMS_OFFICER, null);
        user("revisore", "Revisore dei conti", national, Roles.AUDITOR, null);
        Caller system = new Caller("demo-loader", national.id(), Set.of(Roles.NATIONAL_ADMIN));

        create(system, "FEDERATION", "social", "Federazione Cooperative Sociali", "nazionale", null, "SOCIAL", null);
        create(system, "FEDERATION", "housing", "Federazione Cooperative di Abitanti", "nazionale", null, "HOUSING", null);
        create(system, "FEDERATION", "community", "Federazione Cooperative di Comunità", "nazionale", null, "COMMUNITY", null);
        Tenant lombardia = create(system, "REGIONAL", "lombardia", "Mutua Regionale Lombardia", "nazionale", null, null, "03");
        int n = 0;
        for (Coop c : COOPERATIVES) {
            String parent = "03".equals(c.region()) ? "lombardia" : "nazionale";
            String vat = VatNumber.withCheckDigit(String.format("%07d%03d", 1_234_560 + n++, 15));
            Tenant t = repository.findByCode(c.code()).orElseGet(() -> tenants.create(system,
                    new NewTenant("COOPERATIVE", c.code(), c.name(), parent, c.federation(), null, vat, c.region())));
            if (n == 1) {
                user("admin.arcobaleno", "Amministrazione Arcobaleno", t, Roles.COOP_ADMIN, null);
                user("socio.demo", "Mario Rossi", t, Roles.MEMBER, "RSSMRA85T10A562S");
                registerMembers(t);
            }
        }
        user("admin.lombardia", "Amministrazione Lombardia", lombardia, Roles.REGIONAL_ADMIN, null);
        user("admin.social", "Amministrazione Federazione Sociale", repository.findByCode("social").orElseThrow(),
                Roles.FEDERATION_ADMIN, null);
        LOG.info(() -> "Demo data loaded. Sign in at /admin (or POST /api/auth/token) as admin.nazionale, admin.lombardia, "
                + "admin.social, admin.arcobaleno, liquidatore, socio.demo or revisore, password " + password
                + " (demo mode only; the README lists the roles)");
    }

    /** The social-cooperation base plan, published in the national schema from 1 January 2026 (once). */
    private void publishDemoPlans() {
        Tenant national = repository.national().orElseThrow();
        var ref = TenantDirectory.find(national.id()).orElseThrow();
        if (ref.schemaVersion() < SupportedSchema.MINIMUM_VERSION) {
            // a database from an older build: the migration runner adds plan_layer_version, the next start publishes
            LOG.warning(() -> "Demo plan not published: the national schema is at version " + ref.schemaVersion()
                    + ", run the tenant migration first");
            return;
        }
        boolean published = scopes.callAs(ref, () -> plans.seedNationalBase(DemoPlans.SOCIAL_COOPERATION,
                DemoPlans.FIRST_DAY, DemoPlans.socialCooperationNational(), "demo-loader"));
        if (published) {
            LOG.info(() -> "Demo plan " + DemoPlans.SOCIAL_COOPERATION + " published in the national schema");
        }
    }

    private Tenant create(Caller caller, String kind, String code, String name, String parent, String federation,
                          String sector, String region) {
        return repository.findByCode(code).orElseGet(() ->
                tenants.create(caller, new NewTenant(kind, code, name, parent, federation, sector, null, region)));
    }

    private void user(String username, String displayName, Tenant tenant, String role, String memberRef) {
        if (!users.exists(username)) {
            users.createSystemUser(username, displayName, password, tenant, Set.of(role), memberRef);
        }
    }

    private void registerMembers(Tenant coop) {
        var ref = TenantDirectory.find(coop.id()).orElseThrow();
        scopes.callAs(ref, () -> {
            if (members.search("RSSMRA85T10A562S", "familyName", false, 0, 1).total() == 0) {
                members.register(new MemberService.NewMember("RSSMRA85T10A562S", "Mario", "Rossi", "mario.rossi@example.org", null));
                members.register(new MemberService.NewMember(LAURA_VERDI, "Laura", "Verdi", null, null));
            }
            return null;
        });
    }
}
