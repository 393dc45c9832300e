package it.mutua.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JFR recording of the server (by pid, with jcmd) around one measure, summarised with {@code jfr view}: the
 * "profile that shows why" when a target is missed.
 */
final class Profiler {

    private final long pid;
    private final Path file;

    private Profiler(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    static Profiler start(long pid, Path file) {
        ProcessRunner.run(List.of(tool("jcmd"), Long.toString(pid), "JFR.start", "name=seed", "settings=profile",
                "filename=" + file.toAbsolutePath()), Map.of(), 60);
        return new Profiler(pid, file);
    }

    /** Stops the recording (written to the file) and returns the hottest methods and the hottest stacks' tops. */
    String stopAndSummarise() {
        ProcessRunner.run(List.of(tool("jcmd"), Long.toString(pid), "JFR.stop", "name=seed"), Map.of(), 120);
        String hot = ProcessRunner.run(List.of(tool("jfr"), "view", "--width", "160", "--truncate", "beginning",
                "hot-methods", file.toString()), Map.of(), 120);
        return "JFR recording " + file.toAbsolutePath() + "\n" + hot.lines().limit(30).reduce("", (a, b) -> a + b + "\n");
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
