package it.mutua.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read measure's load from wrk instead of Java threads: on a 2-core machine a JVM HTTP client with 32 threads
 * takes a good part of a core from the server it measures, wrk (C, event loop) a small one. A generated Lua script
 * picks a random cooperative and one of its codici fiscali for every request and sends that cooperative's
 * administrator's token; its {@code done} hook prints one result line with requests, errors and percentiles.
 */
final class WrkReadLoad {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT (\\d+) (\\d+) ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)");

    private final String baseUrl;
    private final Path script;

    WrkReadLoad(String baseUrl, List<String[]> targets, Map<String, String> tokens) {
        this.baseUrl = baseUrl;
        try {
            this.script = Files.createTempFile("seed-read", ".lua");
            Files.writeString(script, lua(targets, tokens));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** wrk when asked for, or when asked for nothing in particular and it is installed. */
    static boolean chosen(String readClient) {
        return switch (readClient) {
            case "wrk" -> true;
            case "java" -> false;
            default -> installed();
        };
    }

    private static boolean installed() {
        try {
            ProcessRunner.run(List.of("wrk", "--version"), Map.of(), 10);
            return true;
        } catch (IllegalStateException e) {
            // wrk --version exits 1 after printing its version; a missing binary fails to start at all
            return e.getMessage() != null && e.getMessage().contains("exited 1: wrk ");
        }
    }

    /** @return requests, errors, seconds, p50, p95, p99 (ms), as {@link ReadLoad}'s own client reports them */
    double[] run(int clients, int seconds) {
        String output = ProcessRunner.run(List.of("wrk", "-t2", "-c" + clients, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), baseUrl), Map.of(), seconds + 120L);
        return parse(output);
    }

    static double[] parse(String output) {
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result: " + output);
        }
        double[] r = new double[6];
        for (int i = 0; i < 6; i++) {
            r[i] = Double.parseDouble(m.group(i + 1));
        }
        return r;
    }

    static String lua(List<String[]> targets, Map<String, String> tokens) {
        StringBuilder s = new StringBuilder("local targets = {\n");
        for (String[] t : targets) {
            s.append("  {\"Bearer ").append(tokens.get(t[0])).append("\", {");
            for (int i = 1; i < t.length; i++) {
                s.append(i > 1 ? "," : "").append('"').append(t[i]).append('"');
            }
            s.append("}},\n");
        }
        s.append("""
                }
                local thread_no = 0
                setup = function(thread)
                  thread_no = thread_no + 1
                  thread:set("seed", thread_no)
                end
                init = function(args)
                  math.randomseed(7919 * (seed or 1) + 17)
                end
                -- non-2xx answers count as errors (wrk itself only counts them in summary.errors.status)
                request = function()
                  local t = targets[math.random(#targets)]
                  local cf = t[2][math.random(#t[2])]
                  return wrk.format("GET", "/api/members/" .. cf, {["Authorization"] = t[1]})
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests,
                    e.connect + e.read + e.write + e.status + e.timeout, summary.duration / 1e6,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
                end
                """);
        return s.toString();
    }
}
