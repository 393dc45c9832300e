package it.mutua.seed;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measures whose harness each feature brought along as a JDK-only single-file program in {@code scripts/}
 * (claims per second, the 72,000-row payroll import, the network search), run by the seed harness as a second
 * process against the loaded server and read back from their output: one harness per feature, one table for all.
 * A script that is missing, or a feature the server does not offer, is "not available".
 */
final class ScriptMeasures {

    /** The script's result line, e.g. "… failed=0 … throughput=1637.9 claims/s request latency median=1200.0 ms p95=…". */
    static final Pattern CLAIMS = Pattern.compile(
            "failed=(\\d+) .*throughput=([0-9.]+) claims/s request latency median=([0-9.]+) ms p95=([0-9.]+) ms");
    private static final Pattern IMPORT = Pattern.compile("run \\d+: import ([0-9.]+) s, identical re-import ([0-9.]+) s");
    /** The script's last line: "ALL  n  median  p95  p99  max". */
    private static final Pattern SEARCH = Pattern.compile("(?m)^ALL\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)");

    private final MutuaClient api;
    private final PrintStream out;
    private final Table table;

    ScriptMeasures(MutuaClient api, PrintStream out, Table table) {
        this.api = api;
        this.out = out;
        this.table = table;
    }

    /**
     * Claims submitted and adjudicated per second from {@code clients} concurrent clients over 200 members: one claim
     * per {@code POST /api/claims} when {@code batchSize} is 0, else {@code POST /api/claims/batch} with that many
     * claims per request (the path a claims office's bulk intake uses, ADR 0017).
     */
    void claims(int claims, int clients, int batchSize) {
        String target = "≥ 300/s";
        String path = batchSize > 0 ? "/api/claims/batch" : "/api/claims";
        String what = batchSize > 0
                ? String.format(Locale.ROOT, "claim submit + adjudicate (POST %s, batches of %d, %d clients, %,d claims)",
                        path, batchSize, clients, claims)
                : String.format(Locale.ROOT, "claim submit + adjudicate (POST %s, one per request, %d clients, %,d claims)",
                        path, clients, claims);
        String output = script(what, "/api/claims", target, "ClaimThroughputBenchmark.java",
                Integer.toString(claims), Integer.toString(clients), "200", Integer.toString(batchSize));
        if (output == null) {
            return;
        }
        Optional<ClaimsResult> result = ClaimsResult.parse(output);
        if (result.isEmpty()) {
            table.notAvailable(what, target, "no result: " + lastLine(output));
            return;
        }
        ClaimsResult r = result.get();
        table.add(what, String.format(Locale.ROOT, "%.1f claims/s, %d failed, request median %s ms, p95 %s ms",
                r.perSecond(), r.failed(), r.medianMillis(), r.p95Millis()), target, r.failed() == 0 && r.perSecond() >= 300);
    }

    /** What the claims script printed on its result line. */
    record ClaimsResult(long failed, double perSecond, String medianMillis, String p95Millis) {
        static Optional<ClaimsResult> parse(String output) {
            Matcher m = CLAIMS.matcher(output);
            if (!m.find()) {
                return Optional.empty();
            }
            return Optional.of(new ClaimsResult(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), m.group(3),
                    m.group(4)));
        }
    }

    /** The 72,000-row payroll file into a fresh cooperative, then the identical file again; {@code runs} times. */
    void payrollImport(int rows, int runs) {
        String target = "≤ 30 s";
        String what = String.format(Locale.ROOT, "payroll CSV import of %,d rows (median of %d)", rows, runs);
        String output = script(what, "/api/members/imports", target, "PayrollImportBench.java",
                Integer.toString(rows), Integer.toString(runs));
        if (output == null) {
            return;
        }
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        Matcher m = IMPORT.matcher(output);
        while (m.find()) {
            first.add(Double.parseDouble(m.group(1)));
            again.add(Double.parseDouble(m.group(2)));
        }
        if (first.isEmpty()) {
            table.notAvailable(what, target, "no result: " + lastLine(output));
            return;
        }
        Stats s = Stats.of(first);
        table.add(what, String.format(Locale.ROOT, "median %.1f s (runs %s); identical re-import %.1f s", s.median(),
                first, Stats.of(again).median()), target, s.median() <= 30);
    }

    /** The network search mix, {@code perUser} searches for each of two users, after the script's warm-up. */
    void search(int perUser) {
        String target = "p95 ≤ 50 ms";
        String what = "facility search, " + perUser + " searches × 2 users (11 kinds)";
        String output = script(what, "/api/network/facilities", target, "NetworkSearchBenchmark.java",
                Integer.toString(perUser));
        if (output == null) {
            return;
        }
        Matcher m = SEARCH.matcher(output);
        String overall = null;
        double p95 = Double.NaN;
        while (m.find()) {
            overall = String.format(Locale.ROOT, "all %s searches: median %s ms, p95 %s ms, p99 %s ms", m.group(1),
                    m.group(2), m.group(3), m.group(4));
            p95 = Double.parseDouble(m.group(3));
        }
        if (overall == null) {
            table.notAvailable(what, target, "no result: " + lastLine(output));
            return;
        }
        table.add(what, overall, target, p95 <= 50);
    }

    private String script(String what, String probe, String target, String file, String... args) {
        Path script = Path.of("scripts", file);
        if (!Files.exists(script)) {
            table.notAvailable(what, target, "no " + script + " (run from the repository root)");
            return null;
        }
        if (!api.offers(probe)) {
            table.notAvailable(what, target, "the server offers no " + probe);
            return null;
        }
        out.println(what + ": java " + script + " …");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                script.toString(), api.baseUrl()));
        command.addAll(List.of(args));
        try {
            String output = ProcessRunner.run(command, Map.of(), 3600);
            output.lines().filter(l -> !l.isBlank()).forEach(l -> out.println("  | " + l));
            return output;
        } catch (IllegalStateException e) {
            table.notAvailable(what, target, "failed: " + e.getMessage().lines().reduce((a, b) -> b).orElse(""));
            return null;
        }
    }

    private static String lastLine(String output) {
        return output.strip().lines().reduce((a, b) -> b).orElse("");
    }
}
