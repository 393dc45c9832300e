package it.mutua.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The IT server as a process, for the crash tests: {@link #kill()} sends it SIGKILL (no shutdown hook, no
 * transaction manager, nothing of the JVM runs again; its database connections just drop), {@link #start(String)}
 * starts it again on the same ports and embedded database and waits until it is ready. A test that kills must start
 * it again, for the tests after it.
 */
public final class ItServer {

    private static final Path WLP = Path.of("target", "liberty", "wlp");

    private ItServer() {
    }

    public static void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/mutua-it.pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get();
    }

    /** Starts the server again, logging to {@code target/<logName>}, and waits up to 180 s for readiness. */
    public static void start(String logName) throws Exception {
        Path log = Path.of("target", logName);
        Process start = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", "mutua-it")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, start.waitFor(), "server start: see " + log);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Http.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while Liberty starts
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come back ready within 180 s");
    }
}
