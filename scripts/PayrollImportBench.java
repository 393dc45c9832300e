import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payroll import benchmark (issue 4: 72,000 rows, the Lombardy volume, imported in at most 30 s). Not a test: run it
 * against a running server (demo data loaded), with a JDK 21+:
 *
 *   java scripts/PayrollImportBench.java [baseUrl] [rows] [runs]
 *
 * Each run creates a fresh cooperative (under Lombardy) with a coop-admin, an adoption of SOCIAL_COOPERATION and a
 * collective adhesion to it (so every
 * hire is also enrolled and mirrored in the person index), uploads a generated file of {@code rows} valid lines
 * (UTF-8, ';', every column filled) in all-or-nothing mode and measures from the POST to the job's COMPLETED status.
 * Then it uploads the same file again (every line unchanged) and measures that too. Prints each run and the medians.
 */
public class PayrollImportBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
            22, 25, 24, 23};
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:9080";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 72_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        byte[] file = file(rows);
        System.out.printf("file: %,d rows, %,d bytes%n", rows, file.length);
        String national = token("admin.nazionale");
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String coop = "bench-paghe-" + System.currentTimeMillis() % 1_000_000_000L;
            check(send("POST", "/api/tenants", national, "application/json", ("{\"kind\":\"COOPERATIVE\",\"code\":\"" + coop
                    + "\",\"name\":\"Cooperativa benchmark\",\"parent\":\"lombardia\",\"federation\":\"social\","
                    + "\"vatNumber\":\"" + vat(run) + "\",\"region\":\"03\"}").getBytes()), 201);
            String user = "bench." + coop;
            check(send("POST", "/api/users", national, "application/json", ("{\"username\":\"" + user
                    + "\",\"displayName\":\"Benchmark\",\"password\":\"Mutua-demo-2026\",\"tenant\":\"" + coop
                    + "\",\"roles\":[\"coop-admin\"]}").getBytes()), 201);
            String admin = token(user);
            check(send("POST", "/api/plans/SOCIAL_COOPERATION/adoptions", admin, "application/json",
                    "{\"effectiveFrom\":\"2026-01-01\",\"options\":{\"familyExtensionOffered\":true}}".getBytes()), 201);
            check(send("POST", "/api/enrolments/collective", admin, "application/json",
                    "{\"planCode\":\"SOCIAL_COOPERATION\",\"from\":\"2026-01-01\"}".getBytes()), 201);
            double s1 = timedImport(admin, file, "hires\":" + rows);
            double s2 = timedImport(admin, file, "unchanged\":" + rows);
            first.add(s1);
            again.add(s2);
            System.out.printf("run %d: import %.1f s, identical re-import %.1f s%n", run, s1, s2);
        }
        System.out.printf("median: import %.1f s, re-import %.1f s (%d runs, %,d rows)%n", median(first), median(again),
                runs, rows);
    }

    private static double timedImport(String admin, byte[] file, String expected) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> accepted = send("POST", "/api/members/imports", admin, "text/csv", file);
        check(accepted, 202);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(accepted.body());
        id.find();
        while (true) {
            HttpResponse<String> r = send("GET", "/api/members/imports/" + id.group(1), admin, null, null);
            String body = r.body();
            if (!body.contains("\"status\":\"QUEUED\"") && !body.contains("\"status\":\"RUNNING\"")) {
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!body.contains("\"status\":\"COMPLETED\"") || !body.contains(expected)) {
                    throw new IllegalStateException("unexpected end of job: " + body.substring(0, Math.min(600, body.length())));
                }
                return seconds;
            }
            Thread.sleep(250);
        }
    }

    private static byte[] file(int rows) {
        StringBuilder b = new StringBuilder(rows * 130);
        b.append("codice_fiscale;cognome;nome;data_assunzione;data_cessazione;tipo_contratto;email;iban\n");
        LocalDate born = LocalDate.of(1950, 1, 1);
        String[] places = {"F205", "H501", "L219", "A794", "D969", "G273", "B157", "C351"};
        for (int i = 0; i < rows; i++) {
            String cf = fiscalCode("BNC", nameCode(i), born.plusDays(i % 18_000), i % 2 == 1, places[i / 18_000 % 8]);
            b.append(cf).append(";Bianchi;Lavoratore ").append(i).append(';')
                    .append(String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 2000 + i % 26)).append(";;")
                    .append(i % 3 == 0 ? "determinato" : "indeterminato").append(";lavoratore").append(i)
                    .append("@example.it;IT60X0542811101000000123456\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Three consonant-like letters that differ for each block of 18,000 birth days, so every code is distinct. */
    private static String nameCode(int i) {
        int block = i / 18_000 / 8;
        return "" + (char) ('B' + block % 20) + (char) ('C' + block / 20 % 20) + 'D';
    }

    private static String fiscalCode(String surname, String name, LocalDate birth, boolean woman, String place) {
        String first15 = surname + name + String.format("%02d", birth.getYear() % 100) + MONTHS.charAt(birth.getMonthValue() - 1)
                + String.format("%02d", birth.getDayOfMonth() + (woman ? 40 : 0)) + place;
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[v] : v;
        }
        return first15 + (char) ('A' + sum % 26);
    }

    private static String vat(int run) {
        String first10 = String.format("%07d%03d", 3_000_000 + (int) (System.nanoTime() % 6_000_000), 1 + run % 99);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return first10 + (10 - sum % 10) % 10;
    }

    private static String token(String user) throws Exception {
        HttpResponse<String> r = send("POST", "/api/auth/token", null, "application/json",
                ("{\"username\":\"" + user + "\",\"password\":\"Mutua-demo-2026\"}").getBytes());
        check(r, 200);
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        m.find();
        return m.group(1);
    }

    private static HttpResponse<String> send(String method, String path, String token, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(3))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
