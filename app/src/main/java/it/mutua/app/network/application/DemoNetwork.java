package it.mutua.app.network.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.VatNumber;
import it.mutua.app.network.domain.Contract;
import it.mutua.app.network.domain.Coordinates;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.FacilityType;
import it.mutua.app.network.domain.Municipality;
import it.mutua.app.network.domain.Places;
import it.mutua.app.network.domain.Tariff;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.tenancy.SupportedSchema;
import it.mutua.app.tenancy.TenantDirectory;

/**
 * The demo network, generated deterministically (fixed seed) over real ISTAT municipalities: 320 national facilities
 * across every region, weighted towards populous towns, and 90 Lombardy additions in the lombardia schema (home
 * care, physiotherapy, residential and day care by cooperatives, some linked to the demo cooperatives). Loaded once,
 * in batches, so the start stays fast. Coordinates are the municipality's province seat or region centre plus a
 * small offset: plausible for distance searches, not a geocoding.
 */
@ApplicationScoped
public class DemoNetwork {

    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());
    static final int NATIONAL_FACILITIES = 320;
    static final int LOMBARDY_ADDITIONS = 90;
    private static final LocalDate CONTRACT_START = LocalDate.of(2025, 1, 1);

    /** Approximate centres of the regions, and of Lombardy's province seats (ISTAT province code). */
    private static final Map<String, double[]> REGION_CENTRES = Map.ofEntries(
            Map.entry("01", new double[] {45.05, 7.68}), Map.entry("02", new double[] {45.74, 7.32}),
            Map.entry("03", new double[] {45.47, 9.19}), Map.entry("04", new double[] {46.07, 11.12}),
            Map.entry("05", new double[] {45.44, 12.0}), Map.entry("06", new double[] {45.95, 13.2}),
            Map.entry("07", new double[] {44.41, 8.93}), Map.entry("08", new double[] {44.5, 11.34}),
            Map.entry("09", new double[] {43.77, 11.25}), Map.entry("10", new double[] {43.11, 12.39}),
            Map.entry("11", new double[] {43.5, 13.2}), Map.entry("12", new double[] {41.9, 12.5}),
            Map.entry("13", new double[] {42.35, 13.8}), Map.entry("14", new double[] {41.56, 14.66}),
            Map.entry("15", new double[] {40.85, 14.27}), Map.entry("16", new double[] {41.12, 16.87}),
            Map.entry("17", new double[] {40.64, 15.8}), Map.entry("18", new double[] {38.9, 16.59}),
            Map.entry("19", new double[] {37.6, 14.0}), Map.entry("20", new double[] {39.7, 8.9}));
    private static final Map<String, double[]> LOMBARDY_SEATS = Map.ofEntries(
            Map.entry("012", new double[] {45.82, 8.83}), Map.entry("013", new double[] {45.81, 9.09}),
            Map.entry("014", new double[] {46.17, 9.87}), Map.entry("015", new double[] {45.46, 9.19}),
            Map.entry("016", new double[] {45.70, 9.67}), Map.entry("017", new double[] {45.54, 10.21}),
            Map.entry("018", new double[] {45.19, 9.16}), Map.entry("019", new double[] {45.13, 10.02}),
            Map.entry("020", new double[] {45.16, 10.79}), Map.entry("097", new double[] {45.85, 9.39}),
            Map.entry("098", new double[] {45.31, 9.50}), Map.entry("108", new double[] {45.58, 9.27}));

    private record Service(String code, String name, String amount, FacilityType... types) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("VISITA_SPECIALISTICA", "Visita specialistica", "60.00", FacilityType.HOSPITAL, FacilityType.CLINIC),
            new Service("RMN", "Risonanza magnetica", "180.00", FacilityType.HOSPITAL, FacilityType.DIAGNOSTIC_CENTRE),
            new Service("TAC", "Tomografia computerizzata", "150.00", FacilityType.HOSPITAL, FacilityType.DIAGNOSTIC_CENTRE),
            new Service("ECOGRAFIA", "Ecografia", "70.00", FacilityType.CLINIC, FacilityType.DIAGNOSTIC_CENTRE),
            new Service("IGIENE_DENTALE", "Igiene dentale", "50.00", FacilityType.DENTAL),
            new Service("VISITA_ODONTOIATRICA", "Visita odontoiatrica", "40.00", FacilityType.DENTAL),
            new Service("FISIOTERAPIA_SEDUTA", "Seduta di fisioterapia", "35.00", FacilityType.PHYSIOTHERAPY),
            new Service("FISIOTERAPIA_DOMICILIO", "Fisioterapia a domicilio", "45.00", FacilityType.PHYSIOTHERAPY, FacilityType.HOME_CARE),
            new Service("ASSISTENZA_DOMICILIARE_ORA", "Assistenza domiciliare (ora)", "24.00", FacilityType.HOME_CARE),
            new Service("RSA_GIORNATA", "Giornata di degenza in RSA", "95.00", FacilityType.RESIDENTIAL_CARE),
            new Service("CENTRO_DIURNO_GIORNATA", "Giornata in centro diurno", "55.00", FacilityType.SEMI_RESIDENTIAL),
            new Service("ANALISI_SANGUE", "Esami del sangue di base", "25.00", FacilityType.LABORATORY, FacilityType.HOSPITAL));

    private static final String[] SAINTS = {"San Luca", "Sant'Anna", "San Giuseppe", "Santa Maria", "San Raffaele",
            "Madonnina", "San Francesco", "Santa Chiara", "San Carlo", "Sant'Ambrogio", "Città", "Salus", "Humanitas",
            "Villa Serena", "Il Sorriso", "Aurora", "Primavera", "La Quercia", "Il Faro", "Solidarietà"};

    @Inject
    TenantRepository tenants;
    @Inject
    NetworkScope scope;
    @Inject
    FacilityStore store;

    /** Loads the demo network once: skipped when the national network already has facilities. */
    public void loadIfEmpty() {
        Tenant national = tenants.national().orElseThrow();
        if (TenantDirectory.find(national.id()).orElseThrow().schemaVersion() < SupportedSchema.MINIMUM_VERSION) {
            LOG.warning("Demo network not loaded: run the tenant migration first");
            return;
        }
        if (scope.in(national, store::count) > 0) {
            return;
        }
        Random random = new Random(20251126L);
        List<Municipality> italy = Places.italy().all().stream().filter(m -> m.population() >= 8000).toList();
        List<Municipality> lombardy = italy.stream().filter(m -> "03".equals(m.regionCode())).toList();
        scope.in(national, () -> insert(generate(random, italy, NATIONAL_FACILITIES, null, 0), "demo-loader"));
        tenants.findByCode("lombardia").ifPresent(lombardia -> {
            Long arcobaleno = tenants.findByCode("coop-arcobaleno").map(Tenant::id).orElse(null);
            scope.in(lombardia, () -> insert(generate(random, lombardy, LOMBARDY_ADDITIONS, arcobaleno, 500_000),
                    "demo-loader"));
        });
        LOG.info(() -> "Demo network loaded: " + NATIONAL_FACILITIES + " national facilities, " + LOMBARDY_ADDITIONS
                + " Lombardy additions");
    }

    private Void insert(List<FacilityDetails> details, String by) {
        List<Long> ids = store.nextIds(details.size());
        List<FacilityStore.NewFacility> rows = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            rows.add(new FacilityStore.NewFacility(ids.get(i), details.get(i), tariffs(details.get(i))));
        }
        store.insertAll(rows, by);
        return null;
    }

    /**
     * {@code count} facilities over {@code places}, picked with a weight of population. A regional list (cooperative
     * tenant given) favours the socio-sanitary types and cooperative providers, linking every fourth to it.
     */
    static List<FacilityDetails> generate(Random random, List<Municipality> places, int count, Long cooperative,
                                          int vatOffset) {
        long totalPopulation = places.stream().mapToLong(Municipality::population).sum();
        FacilityType[] regionalTypes = {FacilityType.HOME_CARE, FacilityType.PHYSIOTHERAPY,
                FacilityType.RESIDENTIAL_CARE, FacilityType.SEMI_RESIDENTIAL, FacilityType.CLINIC};
        List<FacilityDetails> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Municipality m = weighted(random, places, totalPopulation);
            boolean regional = cooperative != null;
            FacilityType type = regional ? regionalTypes[random.nextInt(regionalTypes.length)]
                    : FacilityType.values()[random.nextInt(FacilityType.values().length)];
            boolean coopProvider = regional ? random.nextInt(10) < 7 : random.nextInt(10) < 2;
            Long link = coopProvider && regional && i % 4 == 0 ? cooperative : null;
            String saint = SAINTS[random.nextInt(SAINTS.length)];
            String name = type.label(java.util.Locale.ITALIAN).split(" [/(]")[0] + " " + saint + " " + m.name();
            String legal = coopProvider ? saint + " Società Cooperativa Sociale" : saint + " S.r.l.";
            String vat = VatNumber.withCheckDigit(String.format("%07d%03d", 2_000_000 + vatOffset + i, 15));
            double[] centre = LOMBARDY_SEATS.getOrDefault(m.provinceCode(), REGION_CENTRES.get(m.regionCode()));
            double spread = LOMBARDY_SEATS.containsKey(m.provinceCode()) ? 0.12 : 0.35;
            var point = new Coordinates(round(centre[0] + (random.nextDouble() - 0.5) * spread),
                    round(centre[1] + (random.nextDouble() - 0.5) * spread));
            String address = "Via " + (random.nextBoolean() ? "Roma" : "Garibaldi") + ", " + (1 + random.nextInt(180));
            out.add(new FacilityDetails(name, legal, vat, type, address, m.postalCode().length() == 5
                    ? m.postalCode() : null, m, point, coopProvider, link, new Contract(CONTRACT_START, null)));
        }
        return out;
    }

    private static Municipality weighted(Random random, List<Municipality> places, long total) {
        long target = (long) (random.nextDouble() * total);
        long sum = 0;
        for (Municipality m : places) {
            sum += m.population();
            if (sum > target) {
                return m;
            }
        }
        return places.get(places.size() - 1);
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The services of its type, at the base price plus a few euros (stable per facility name). */
    static List<Tariff> tariffs(FacilityDetails d) {
        List<Tariff> out = new ArrayList<>();
        int bump = Math.abs(d.name().hashCode() % 5);
        for (Service s : SERVICES) {
            for (FacilityType t : s.types()) {
                if (t == d.type()) {
                    out.add(new Tariff(s.code(), s.name(), new Money(new BigDecimal(s.amount())).plus(Money.euros(bump)),
                            CONTRACT_START, null));
                }
            }
        }
        out.sort(Comparator.comparing(Tariff::serviceCode));
        return out;
    }
}
