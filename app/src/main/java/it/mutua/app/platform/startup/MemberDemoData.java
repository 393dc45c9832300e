package it.mutua.app.platform.startup;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.FiscalCodeNames;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.Sex;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.application.FamilyService;
import it.mutua.app.member.application.MemberData;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.tenancy.SupportedSchema;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * Demo members: worker-members with address, IBAN and employment, their families, and the collective adhesion of
 * three cooperatives (arcobaleno, il-melograno, san-martino) to the plan each adopted ({@link PlanDemo}) from
 * 1 January 2026; one person working in two cooperatives (a
 * duplicate for the national office); one voluntary individual enrolment with the Lombardy mutual. Mario Rossi
 * ({@code socio.demo}) is a worker of coop-arcobaleno with a wife and two children. Each tenant is loaded once, in
 * its own transaction, through the same services as the API.
 */
@ApplicationScoped
public class MemberDemoData {

    private static final Logger LOG = Logger.getLogger(MemberDemoData.class.getName());
    private static final String BY = "demo-loader";
    private static final LocalDate FROM = DemoPlans.FIRST_DAY;

    /** A demo person: names, birth, sex, birthplace (cadastral code), residence (ISTAT code), street. */
    record Person(String given, String family, LocalDate birth, Sex sex, String birthplace, String municipality,
                  String street, String postcode) {
        String fiscalCode() {
            return FiscalCode.compose(FiscalCodeNames.surnameCode(family), FiscalCodeNames.nameCode(given), birth, sex,
                    birthplace).value();
        }
    }

    /** A family member of a demo worker. */
    record Relative(String role, Person person) {
    }

    /** A demo worker: the person, hire date, contract, IBAN, family. */
    record Worker(Person person, LocalDate hired, String contract, String iban, List<Relative> family) {
    }

    static final Person CARLO_BIANCHI = new Person("Carlo", "Bianchi", LocalDate.of(1979, 5, 14), Sex.M, "F205",
            "015146", "Via Padova 120", "20132");

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    MemberService members;
    @Inject
    FamilyService families;
    @Inject
    EnrolmentService enrolments;

    public void load() {
        loadCooperative("coop-arcobaleno", arcobaleno());
        loadCooperative("coop-il-melograno", List.of(
                worker(new Person("Giovanna", "Colombo", LocalDate.of(1988, 9, 3), Sex.F, "A794", "016024",
                        "Via XX Settembre 8", "24122"), LocalDate.of(2018, 2, 1), "INDETERMINATO",
                        "IT25O0306909606100000012345", List.of(new Relative("CHILD", new Person("Pietro", "Colombo",
                                LocalDate.of(2016, 7, 21), Sex.M, "A794", "016024", "Via XX Settembre 8", "24122")))),
                worker(CARLO_BIANCHI, LocalDate.of(2022, 10, 1), "DETERMINATO", null, List.of())));
        loadCooperative("coop-san-martino", List.of(
                worker(new Person("Francesca", "Ricci", LocalDate.of(1983, 1, 30), Sex.F, "A944", "037006",
                        "Via dell'Indipendenza 20", "40121"), LocalDate.of(2015, 5, 4), "INDETERMINATO",
                        "IT77V0200802480000104367801", List.of(new Relative("SPOUSE", new Person("Paolo", "Gallo",
                                LocalDate.of(1980, 8, 8), Sex.M, "A944", "037006", "Via dell'Indipendenza 20",
                                "40121"))))));
        loadIndividual();
    }

    private static Worker worker(Person p, LocalDate hired, String contract, String iban, List<Relative> family) {
        return new Worker(p, hired, contract, iban, family);
    }

    private static List<Worker> arcobaleno() {
        Person mario = new Person("Mario", "Rossi", LocalDate.of(1985, 12, 10), Sex.M, "A562", "015146",
                "Via Lorenteggio 31", "20146");
        return List.of(
                worker(mario, LocalDate.of(2019, 4, 1), "INDETERMINATO", "IT60X0542811101000000123456", List.of(
                        new Relative("SPOUSE", new Person("Anna", "Ferrari", LocalDate.of(1987, 3, 22), Sex.F, "F205",
                                "015146", "Via Lorenteggio 31", "20146")),
                        new Relative("CHILD", new Person("Luca", "Rossi", LocalDate.of(2014, 6, 5), Sex.M, "F205",
                                "015146", "Via Lorenteggio 31", "20146")),
                        new Relative("CHILD", new Person("Sofia", "Rossi", LocalDate.of(1999, 11, 17), Sex.F, "F205",
                                "015146", "Via Lorenteggio 31", "20146")))),
                worker(new Person("Laura", "Verdi", LocalDate.of(1990, 1, 1), Sex.F, "F205", "015146",
                        "Corso Buenos Aires 12", "20124"), LocalDate.of(2021, 9, 15), "INDETERMINATO", null, List.of()),
                worker(new Person("Giuseppe", "Esposito", LocalDate.of(1972, 2, 28), Sex.M, "F839", "015146",
                        "Viale Monza 210", "20126"), LocalDate.of(2010, 1, 11), "INDETERMINATO", null, List.of(
                        new Relative("SPOUSE", new Person("Maria", "Romano", LocalDate.of(1975, 10, 9), Sex.F, "F839",
                                "015146", "Viale Monza 210", "20126")))),
                worker(CARLO_BIANCHI, LocalDate.of(2024, 3, 1), "APPRENDISTATO", null, List.of()));
    }

    private boolean ready(Tenant t) {
        var ref = TenantDirectory.find(t.id()).orElseThrow();
        if (ref.schemaVersion() < SupportedSchema.MINIMUM_VERSION) {
            LOG.warning(() -> "Demo members of " + t.code() + " not loaded: schema version " + ref.schemaVersion()
                    + ", run the tenant migration first");
            return false;
        }
        return true;
    }

    private void loadCooperative(String code, List<Worker> workers) {
        Tenant coop = tenants.findByCode(code).orElse(null);
        if (coop == null || !ready(coop)) {
            return;
        }
        scopes.callAs(TenantDirectory.find(coop.id()).orElseThrow(), () -> {
            if (!enrolments.adhesions().isEmpty()) {
                return null;
            }
            for (Worker w : workers) {
                register(w);
            }
            try {
                var result = enrolments.adhere(null, FROM, BY);
                LOG.info(() -> "Demo adhesion of " + code + ": " + result.enrolled() + " people enrolled");
            } catch (RuleViolation | ProblemException e) {
                // e.g. the demo plan adoption is missing: the members stay registered, not enrolled
                LOG.warning(() -> "Demo adhesion of " + code + " skipped: " + e.getMessage());
            }
            return null;
        });
    }

    private void register(Worker w) {
        Person p = w.person();
        MemberData data = new MemberData(p.given(), p.family(), p.birth(), p.sex().name(),
                p.given().toLowerCase() + "." + p.family().toLowerCase() + "@example.org", null,
                new MemberData.AddressData(p.street(), p.postcode(), p.municipality()), w.iban(), w.hired(), null,
                w.contract());
        if (members.find(p.fiscalCode()).isPresent()) {
            members.update(p.fiscalCode(), data, BY);
        } else {
            members.register(new MemberService.NewMember(p.fiscalCode(), data), BY);
        }
        for (Relative r : w.family()) {
            Person rp = r.person();
            if (members.find(rp.fiscalCode()).isEmpty()) {
                families.add(p.fiscalCode(), new FamilyService.NewRelative(r.role(), rp.fiscalCode(), rp.given(),
                        rp.family(), rp.birth(), rp.sex().name(), FROM), BY);
            }
        }
    }

    /** Elena Marchetti enrols voluntarily with the Lombardy mutual, with no cooperative. */
    private void loadIndividual() {
        Tenant lombardia = tenants.findByCode("lombardia").orElse(null);
        if (lombardia == null || !ready(lombardia)) {
            return;
        }
        Person elena = new Person("Elena", "Marchetti", LocalDate.of(1968, 4, 12), Sex.F, "B157", "017029",
                "Via Milano 5", "25126");
        scopes.callAs(TenantDirectory.find(lombardia.id()).orElseThrow(), () -> {
            if (members.find(elena.fiscalCode()).isPresent()) {
                return null;
            }
            var m = members.register(new MemberService.NewMember(elena.fiscalCode(), new MemberData(elena.given(),
                    elena.family(), elena.birth(), "F", null, null, new MemberData.AddressData(elena.street(),
                    elena.postcode(), elena.municipality()), null, null, null, null)), BY);
            enrolments.enrolIndividually(m, DemoPlans.SOCIAL_COOPERATION, FROM, BY);
            return null;
        });
    }
}
