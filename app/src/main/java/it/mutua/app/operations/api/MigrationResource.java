package it.mutua.app.operations.api;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.tenancy.Placements;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.migrations.MigrationProgressListener;
import it.mutua.migrations.MigrationRunStatus;
import it.mutua.migrations.TenantChangelog;
import it.mutua.migrations.TenantMigrationRunner;

/**
 * Starts the tenant migration runner on a managed thread and reports its progress. Tenant schemas are never migrated
 * at start-up (DESIGN §5): this endpoint, or the command line runner, does it on purpose.
 */
@Path("/admin/migrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operazioni / Operations")
@SecurityRequirement(name = "jwt")
public class MigrationResource {

    private static final Logger LOG = Logger.getLogger(MigrationResource.class.getName());

    @Resource(lookup = "concurrent/mutua-background")
    ManagedExecutorService executor;
    @Inject
    Caller caller;
    @Inject
    @ConfigProperty(name = "mutua.migration.workers", defaultValue = "4")
    int workers;

    /** One run per node at a time; other nodes are seen through the run row's heartbeat. */
    private static final AtomicBoolean running = new AtomicBoolean();

    /** The target version the code expects, and the latest run's progress. */
    public record Overview(int targetVersion, MigrationRunStatus latest) {
    }

    @POST
    @RolesAllowed("national-admin")
    @Operation(summary = "Avvia la migrazione degli schemi degli enti / Start migrating tenant schemas to the target version")
    public Response start() {
        if (!running.compareAndSet(false, true) || runningElsewhere()) {
            throw ProblemException.conflict("migration.already_running");
        }
        String who = caller.username();
        executor.submit(() -> {
            try {
                DataSource control = Placements.unmanagedDataSource(Placements.MAIN);
                var result = new TenantMigrationRunner(control,
                        p -> Placements.MAIN.equals(p) ? control : Placements.unmanagedDataSource(p),
                        TenantChangelog.load(), workers).run(MigrationProgressListener.NONE);
                LOG.info(() -> "migration run by " + who + ": " + result);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "migration run failed", e);
            } finally {
                // schema versions changed: tenants held back as outdated are served again at once
                TenantDirectory.evictAll();
                running.set(false);
            }
        });
        return Response.accepted(overview()).build();
    }

    @GET
    @RolesAllowed({"national-admin", "auditor"})
    @Operation(summary = "Avanzamento dell'ultima migrazione / Progress of the latest migration run")
    public Overview overview() {
        return new Overview(TenantChangelog.load().targetVersion(),
                TenantMigrationRunner.latest(Placements.unmanagedDataSource(Placements.MAIN)).orElse(null));
    }

    /** Another node (or the command line runner) may be running: trust its heartbeat for a minute. */
    private boolean runningElsewhere() {
        var latest = TenantMigrationRunner.latest(Placements.unmanagedDataSource(Placements.MAIN));
        boolean busy = latest.isPresent() && "RUNNING".equals(latest.get().status())
                && latest.get().heartbeatAt().isAfter(OffsetDateTime.now().minus(Duration.ofMinutes(1)));
        if (busy) {
            running.set(false);
        }
        return busy;
    }
}
