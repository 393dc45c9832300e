import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the healthcare-network search (issue 5: p95 <= 50 ms with the full network of 4,866 facilities, 1,225
 * in Lombardy), against a RUNNING server in demo mode. JDK only, run as a single-file program:
 *
 * <pre>
 *   java scripts/NetworkSearchBenchmark.java http://localhost:9080 [searches per user, default 1000; 0 = load only]
 * </pre>
 *
 * 1. Tops the network up to the real size through the product's own CSV bulk load: national facilities (spread over
 *    Italy's municipalities by population) up to 4,866 - 1,225 = 3,641 in the national schema, and Lombardy additions
 *    up to 1,225 in the lombardia schema, each with 1-3 tariffs. The files are deterministic, so a rerun loads nothing
 *    new (idempotent by partita IVA + address).
 * 2. Runs a mix of searches, one request at a time, as a member of coop-arcobaleno (under Lombardy: two schemas per
 *    search) and as a coop-admin of coop-roma-solidale (Lazio, under national: one schema), after a warm-up, and
 *    prints median / p95 / p99 / max per kind and overall (client-side, HTTP round trip included).
 */
public class NetworkSearchBenchmark {

    static final int NATIONAL_TARGET = 4_866 - 1_225;
    static final int LOMBARDY_TARGET = 1_225;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;

    static final String[][] TYPES = {{"OSPEDALE", "Ospedale"}, {"POLIAMBULATORIO", "Poliambulatorio"},
            {"CENTRO_DIAGNOSTICO", "Centro Diagnostico"}, {"ODONTOIATRIA", "Studio Dentistico"},
            {"FISIOTERAPIA", "Fisioterapia"}, {"ASSISTENZA_DOMICILIARE", "Assistenza Domiciliare"},
            {"RSA", "RSA"}, {"SEMIRESIDENZIALE", "Centro Diurno"}, {"LABORATORIO", "Laboratorio Analisi"}};
    static final String[] SERVICES = {"VISITA_SPECIALISTICA", "RMN", "TAC", "ECOGRAFIA", "IGIENE_DENTALE",
            "FISIOTERAPIA_SEDUTA", "ASSISTENZA_DOMICILIARE_ORA", "RSA_GIORNATA", "ANALISI_SANGUE"};
    static final String[] NAMES = {"San Luca", "Sant'Anna", "San Giuseppe", "Santa Maria", "San Raffaele",
            "Madonnina", "San Francesco", "Santa Chiara", "San Carlo", "Sant'Ambrogio", "Città", "Salus", "Aurora",
            "Primavera", "La Quercia", "Il Faro", "Solidarietà", "Villa Serena", "Il Sorriso", "Humanitas"};

    record Place(String code, String name, String region, String province, int population) {
    }

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:9080";
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path comuni = Path.of(args.length > 2 ? args[2] : "app/src/main/resources/network/comuni.csv");
        String national = login("admin.nazionale");
        String lombardia = login("admin.lombardia");
        String member = login("socio.demo");
        String roma = romaUser(national);

        List<Place> places = readPlaces(comuni);
        long nationalNow = total(roma, "status=any");
        long lombardyNow = total(member, "status=any") - nationalNow;
        System.out.printf("network before: %d national, %d Lombardy additions%n", nationalNow, lombardyNow);
        if (nationalNow < NATIONAL_TARGET) {
            load(national, csv(places, (int) (NATIONAL_TARGET - nationalNow), 3_000_000, new Random(1)));
        }
        if (lombardyNow < LOMBARDY_TARGET) {
            List<Place> lombardy = places.stream().filter(p -> p.region().equals("03")).toList();
            load(lombardia, csv(lombardy, (int) (LOMBARDY_TARGET - lombardyNow), 5_000_000, new Random(2)));
        }
        long n = total(roma, "status=any");
        long all = total(member, "status=any");
        System.out.printf("network now: %d national, %d Lombardy additions, %d for a member under Lombardy%n", n,
                all - n, all);

        if (perUser == 0) {
            return;   // load only: how scripts/seed.sh puts the network in place
        }
        List<String[]> mix = List.of(
                new String[] {"region list (Lombardy)", "region=03"},
                new String[] {"province + type", "province=017&type=ODONTOIATRIA"},
                new String[] {"text (accents)", "q=sant%27anna"},
                new String[] {"text 2 words", "q=centro+diagnostico+citta"},
                new String[] {"near Bergamo 20 km", "lat=45.698&lon=9.677&radiusKm=20"},
                new String[] {"near Roma 10 km + type", "lat=41.9&lon=12.5&radiusKm=10&type=POLIAMBULATORIO"},
                new String[] {"service in region", "service=RMN&region=12"},
                new String[] {"cooperative home care", "cooperative=true&type=ASSISTENZA_DOMICILIARE&province=016"},
                new String[] {"municipality (Milano)", "municipality=015146"},
                new String[] {"deep page", "region=03&page=20&size=20"},
                new String[] {"everything, by name", "status=any"});
        for (int i = 0; i < 400; i++) {
            search(member, mix.get(i % mix.size())[1]);
            search(roma, mix.get(i % mix.size())[1]);
            timed(member, "/api/me");
        }
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        List<Double> overallMember = new ArrayList<>();
        List<Double> overallRoma = new ArrayList<>();
        for (int i = 0; i < perUser; i++) {
            String[] q = mix.get(i % mix.size());
            double m = search(member, q[1]);
            double r = search(roma, q[1]);
            byKind.computeIfAbsent(q[0], k -> new ArrayList<>()).add(m);
            byKind.computeIfAbsent(q[0], k -> new ArrayList<>()).add(r);
            overallMember.add(m);
            overallRoma.add(r);
            if (i % 2 == 0) {
                byKind.computeIfAbsent("baseline: GET /api/me (JWT, no search)", k -> new ArrayList<>())
                        .add(timed(member, "/api/me"));
            }
        }
        System.out.println();
        System.out.printf("%-40s %7s %8s %8s %8s %8s%n", "search (ms, HTTP round trip)", "n", "median", "p95", "p99",
                "max");
        byKind.forEach((k, v) -> print(k, v));
        print("ALL as member under Lombardy (2 schemas)", overallMember);
        print("ALL as coop under national (1 schema)", overallRoma);
        System.out.printf("load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        List<Double> every = new ArrayList<>(overallMember);
        every.addAll(overallRoma);
        print("ALL", every);
    }

    static void print(String label, List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-40s %7d %8.1f %8.1f %8.1f %8.1f%n", label, v.length, pct(v, 50), pct(v, 95),
                pct(v, 99), v[v.length - 1]);
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double search(String token, String query) throws IOException, InterruptedException {
        return timed(token, "/api/network/facilities?" + query);
    }

    static double timed(String token, String path) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = send("GET", path, token, null, null);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
        return ms;
    }

    static long total(String token, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = send("GET", "/api/network/facilities?size=1&" + query, token, null, null);
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    static void load(String token, String csv) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = send("POST", "/api/network/facilities/import", token, csv, "text/csv");
        System.out.printf("bulk load of %d lines: HTTP %d in %.1f s: %s%n", csv.lines().count() - 1, r.statusCode(),
                (System.nanoTime() - t0) / 1e9, r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("bulk load failed");
        }
    }

    /** {@code count} facilities over {@code places} weighted by population, with 1-3 tariffs each (one line each). */
    static String csv(List<Place> places, int count, int vatBase, Random random) {
        long totalPopulation = places.stream().mapToLong(Place::population).sum();
        StringBuilder b = new StringBuilder("partita_iva;ragione_sociale;denominazione;tipo;indirizzo;cap;codice_comune;"
                + "latitudine;longitudine;cooperativa;ente_cooperativa;inizio_convenzione;fine_convenzione;"
                + "codice_prestazione;prestazione;tariffa;valida_dal;valida_al\n");
        for (int i = 0; i < count; i++) {
            Place p = weighted(random, places, totalPopulation);
            String[] type = TYPES[random.nextInt(TYPES.length)];
            String name = type[1] + " " + NAMES[random.nextInt(NAMES.length)] + " " + p.name();
            boolean coop = random.nextInt(10) < 3;
            String vat = vat(vatBase + i);
            double[] c = centre(p);
            String lat = String.format(Locale.ROOT, "%.5f", c[0] + (random.nextDouble() - 0.5) * 0.3);
            String lon = String.format(Locale.ROOT, "%.5f", c[1] + (random.nextDouble() - 0.5) * 0.3);
            String common = vat + ";" + name.replace(";", " ") + " S.r.l.;" + name.replace(";", " ") + ";" + type[0]
                    + ";Via Bench " + i + ";;" + p.code() + ";" + lat + ";" + lon + ";" + (coop ? "SI" : "NO")
                    + ";;2025-01-01;;";
            int tariffs = 1 + random.nextInt(3);
            for (int t = 0; t < tariffs; t++) {
                String service = SERVICES[(i + t * 4) % SERVICES.length];
                b.append(common).append(service).append(";Prestazione ").append(service).append(';')
                        .append(20 + random.nextInt(200)).append(",00;2025-01-01;\n");
            }
        }
        return b.toString();
    }

    /** Very rough centres: enough to give distance searches realistic densities. */
    static double[] centre(Place p) {
        Map<String, double[]> regions = Map.ofEntries(Map.entry("01", new double[] {45.05, 7.68}),
                Map.entry("02", new double[] {45.74, 7.32}), Map.entry("03", new double[] {45.6, 9.6}),
                Map.entry("04", new double[] {46.07, 11.12}), Map.entry("05", new double[] {45.44, 12.0}),
                Map.entry("06", new double[] {45.95, 13.2}), Map.entry("07", new double[] {44.41, 8.93}),
                Map.entry("08", new double[] {44.5, 11.34}), Map.entry("09", new double[] {43.77, 11.25}),
                Map.entry("10", new double[] {43.11, 12.39}), Map.entry("11", new double[] {43.5, 13.2}),
                Map.entry("12", new double[] {41.9, 12.5}), Map.entry("13", new double[] {42.35, 13.8}),
                Map.entry("14", new double[] {41.56, 14.66}), Map.entry("15", new double[] {40.85, 14.27}),
                Map.entry("16", new double[] {41.12, 16.87}), Map.entry("17", new double[] {40.64, 15.8}),
                Map.entry("18", new double[] {38.9, 16.59}), Map.entry("19", new double[] {37.6, 14.0}),
                Map.entry("20", new double[] {39.7, 8.9}));
        double[] c = regions.get(p.region());
        // spread by province code so a region's provinces do not all sit on one point
        int prov = Integer.parseInt(p.province());
        return new double[] {c[0] + ((prov * 37) % 11 - 5) * 0.08, c[1] + ((prov * 53) % 11 - 5) * 0.08};
    }

    static Place weighted(Random random, List<Place> places, long total) {
        long target = (long) (random.nextDouble() * total);
        long sum = 0;
        for (Place p : places) {
            sum += p.population();
            if (sum > target) {
                return p;
            }
        }
        return places.get(places.size() - 1);
    }

    static String vat(int serial) {
        String first10 = String.format("%07d%03d", serial, 15);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return first10 + (10 - sum % 10) % 10;
    }

    static List<Place> readPlaces(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(";", -1))
                .map(f -> new Place(f[0], f[1], f[2], f[4], f[9].isBlank() ? 0 : Integer.parseInt(f[9])))
                .filter(p -> p.population() > 0).toList();
    }

    static String login(String user) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", "/api/auth/token", null,
                "{\"username\":\"" + user + "\",\"password\":\"Mutua-demo-2026\"}", "application/json");
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login " + user + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** A coop-admin of coop-roma-solidale (created once, then reused). */
    static String romaUser(String national) throws IOException, InterruptedException {
        send("POST", "/api/users", national, "{\"username\":\"bench.roma\",\"displayName\":\"Benchmark Roma\","
                + "\"password\":\"Mutua-demo-2026\",\"tenant\":\"coop-roma-solidale\",\"roles\":[\"coop-admin\"]}",
                "application/json");
        return login("bench.roma");
    }

    static HttpResponse<String> send(String method, String path, String token, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
