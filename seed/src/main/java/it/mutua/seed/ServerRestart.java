package it.mutua.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Milliseconds from start to ready, for each of {@code times} restarts. */
    List<Double> restarts(int times) {
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
        }
        return millis;
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
