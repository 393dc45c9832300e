package it.mutua.app.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.migrations.SpareSchemas;
import it.mutua.migrations.TenantChangelog;

/**
 * Keeps a few spare tenant schemas ready in the background, so that provisioning renames one instead of running the
 * whole tenant changelog in the request (ADR 0019).
 *
 * <p>Refilling is one task at a time on the managed background executor, never in a request and never at start-up
 * (the first refill is asked for after start-up, and readiness does not wait for it). Each task creates at most one
 * spare (one transaction, on the non-JTA pool) and submits itself again while the pool is short, so a refill never
 * holds an executor thread for long. {@code mutua.tenancy.spare-schemas} = 0 turns the pool off: provisioning then
 * always runs the rendered DDL (ADR 0002).
 */
@ApplicationScoped
public class SparePool {

    private static final Logger LOG = Logger.getLogger(SparePool.class.getName());

    @Inject
    @ConfigProperty(name = "mutua.tenancy.spare-schemas", defaultValue = "4")
    int size;
    @Resource(lookup = "concurrent/mutua-background")
    ManagedExecutorService executor;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** Whether provisioning should look for a spare at all. */
    boolean enabled() {
        return size > 0;
    }

    /** Asks for a refill soon; returns at once. Calls while a refill is queued or running are folded into it. */
    void refillSoon() {
        if (!enabled()) {
            return;
        }
        again.set(true);
        if (scheduled.compareAndSet(false, true)) {
            submit();
        }
    }

    private void submit() {
        try {
            executor.execute(this::refillOne);
        } catch (RejectedExecutionException e) {
            scheduled.set(false); // shutting down: nothing to refill for
        }
    }

    private void refillOne() {
        again.set(false);
        boolean created = false;
        try {
            created = createOne() != null;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not create a spare tenant schema; provisioning falls back to the DDL", e);
        }
        if (created || again.get()) {
            submit(); // the pool may still be short, or a claim happened meanwhile
        } else {
            scheduled.set(false);
            if (again.get() && scheduled.compareAndSet(false, true)) {
                submit(); // a claim slipped in between the check and the reset
            }
        }
    }

    /** Creates one spare if the pool is short, in its own transaction; its name, or null when the pool is full. */
    String createOne() throws SQLException {
        DataSource ds = Placements.unmanagedDataSource(Placements.MAIN);
        TenantChangelog changelog = TenantChangelog.load();
        try (Connection c = ds.getConnection()) {
            try {
                SpareSchemas.discardStale(c, changelog);
                return SpareSchemas.createIfBelow(c, size, changelog);
            } finally {
                c.setAutoCommit(true); // both committed or rolled back already: hand the pool a plain connection
            }
        }
    }
}
