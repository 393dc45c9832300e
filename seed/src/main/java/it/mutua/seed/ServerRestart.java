package it.mutua.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts the server with its script (scripts/seed-server.sh) and times "start issued" to "/health/ready
 * answers 200", polling every 50 ms. Includes the JVM, Liberty, the embedded PostgreSQL's restart and the app's
 * start-up; tenant schemas are not touched at start (DESIGN §5), which is why the time should not grow with them.
 */
final class ServerRestart {

    private final String script;
    private final MutuaClient api;

    ServerRestart(String script, MutuaClient api) {
        this.script = script;
        this.api = api;
    }

    /**
     * Milliseconds from start to ready, for each of {@code times} restarts; {@code appMillis} receives the app's own
     * start-up time of each ("Mutua ready in N ms" in the server log: database, control schema, keys, demo check).
     */
    List<Double> restarts(int times, List<Double> appMillis) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            ProcessRunner.run(List.of(script, "stop"), Map.of(), 180);
            long t0 = System.nanoTime();
            Thread starter = new Thread(() -> ProcessRunner.run(List.of(script, "start"), Map.of(), 300));
            starter.start();
            while (!api.ready()) {
                if ((System.nanoTime() - t0) / 1_000_000_000L > 240) {
                    throw new IllegalStateException("the server did not become ready in 4 minutes");
                }
                sleep(50);
            }
            millis.add((System.nanoTime() - t0) / 1e6);
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastAppReady().ifPresent(appMillis::add);
        }
        return millis;
    }

    private Optional<Double> lastAppReady() {
        try {
            String log = Files.readString(Path.of(
                    ProcessRunner.run(List.of(script, "log"), Map.of(), 30).strip()));
            Matcher m = Pattern.compile("Mutua ready in (\\d+) ms").matcher(log);
            Double last = null;
            while (m.find()) {
                last = Double.valueOf(m.group(1));
            }
            return Optional.ofNullable(last);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The Liberty JVM's process id, from the script. */
    long pid() {
        return Long.parseLong(ProcessRunner.run(List.of(script, "pid"), Map.of(), 30).strip());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
