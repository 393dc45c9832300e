package it.mutua.seed;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Prints "what: done/total (rate, eta)" every few seconds while a step runs, and a last line when it ends. */
final class Progress implements AutoCloseable {

    private final String what;
    private final long total;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });

    Progress(String what, long total, PrintStream out, long everyMillis) {
        this.what = what;
        this.total = total;
        this.out = out;
        ticker.scheduleAtFixedRate(this::print, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    void done(long n) {
        done.addAndGet(n);
    }

    /** Already there from an earlier (interrupted) run: counted as done, reported apart. */
    void skipped(long n) {
        skipped.addAndGet(n);
        done.addAndGet(n);
    }

    long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void print() {
        long d = done.get();
        double s = elapsedSeconds();
        double rate = d / Math.max(s, 1e-3);
        long eta = rate > 0 ? Math.round((total - d) / rate) : -1;
        out.printf("  %s: %,d/%,d (%d%%) %.0f/s, %ds elapsed, eta %s%n", what, d, total, total == 0 ? 100 : d * 100 / total,
                rate, Math.round(s), eta < 0 ? "?" : eta + "s");
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        out.printf("  %s: %,d done (%,d already there) in %.1f s, %.0f/s%n", what, done.get(), skipped.get(),
                elapsedSeconds(), done.get() / Math.max(elapsedSeconds(), 1e-3));
    }
}
