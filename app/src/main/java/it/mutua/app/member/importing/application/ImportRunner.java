package it.mutua.app.member.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.member.application.MemberFigures;
import it.mutua.app.member.importing.domain.Change;
import it.mutua.app.member.importing.domain.CsvDialect;
import it.mutua.app.member.importing.domain.ImportMode;
import it.mutua.app.member.importing.domain.LineProblem;
import it.mutua.app.member.importing.domain.ParsedPayroll;
import it.mutua.app.member.importing.domain.PayrollFileException;
import it.mutua.app.member.importing.domain.PayrollParser;
import it.mutua.app.member.importing.domain.Reconciliation;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantRef;
import it.mutua.app.tenancy.TenantScopes;

/**
 * Runs one import job on a managed thread, as the job's tenant.
 *
 * <p>Transactions: reading and validating the file touches no data. Then everything the import writes (members,
 * employments, the reporting figures, the audit event, the job's final status and report) is <b>one</b>
 * transaction: a bad line in all-or-nothing mode, an error, or a kill -9 of the server leaves the registry exactly as
 * it was (PostgreSQL rolls back the open transaction of a dead connection). Progress is written meanwhile in short
 * side transactions, so a poll sees it, and they touch only the job row, which the main transaction updates only at
 * its very end (no lock waits between the two).
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final long PROGRESS_MILLIS = 500;

    @Inject
    TenantScopes scopes;
    @Inject
    ImportJobStore jobs;
    @Inject
    WorkerRegistry registry;
    @Inject
    MemberFigures figures;
    @Inject
    AuditLog audit;
    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    /** What the job was asked to do. */
    public record Order(long tenantId, long jobId, ImportMode mode, UploadSpool.Spooled file, CsvDialect dialect,
                        LocalDate absentLeaveOn, String actor) {
    }

    public void run(Order order) {
        TenantRef tenant = TenantDirectory.find(order.tenantId()).orElseThrow();
        Progress progress = new Progress(tenant, order.jobId());
        try {
            progress.report("VALIDATING", 0, order.file().lines(), true);
            ParsedPayroll parsed;
            try (InputStream in = Files.newInputStream(order.file().file())) {
                parsed = new PayrollParser(LocalDate.now()).parse(in, order.dialect(),
                        n -> progress.report("VALIDATING", n, order.file().lines(), false));
            }
            scopes.callAs(tenant, () -> {
                importInOneTransaction(order, parsed, progress);
                return null;
            });
        } catch (PayrollFileException e) {
            String args = Arrays.stream(e.args()).map(String::valueOf).collect(Collectors.joining("|"));
            scopes.callAs(tenant, () -> {
                jobs.fail(order.jobId(), e.code(), args);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "import job " + order.jobId() + " of tenant " + order.tenantId() + " failed", e);
            scopes.callAs(tenant, () -> {
                jobs.fail(order.jobId(), "member.import.failed", null);
                return null;
            });
        } finally {
            order.file().delete();
        }
    }

    private void importInOneTransaction(Order order, ParsedPayroll parsed, Progress progress) {
        // one import per cooperative at a time, also across nodes: the second waits for the first's commit
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7301, ?1)").setParameter(1, (int) order.tenantId())
                .getSingleResult();
        progress.report("RECONCILING", 0, parsed.rows().size(), true);
        Reconciliation plan = Reconciliation.of(parsed.rows(), registry.load(),
                parsed.allValid() ? order.absentLeaveOn() : null);
        List<LineProblem> problems = new ArrayList<>(parsed.problems());
        plan.conflicts().stream().limit(Math.max(0, PayrollParser.MAX_REPORTED - problems.size())).forEach(problems::add);
        long invalidLines = parsed.invalidLines() + plan.count(Change.Kind.CONFLICT);
        boolean complete = invalidLines == 0;
        boolean write = order.mode() == ImportMode.VALID_LINES || (order.mode() == ImportMode.ALL_OR_NOTHING && complete);
        String status = order.mode() == ImportMode.ALL_OR_NOTHING && !complete ? "REJECTED" : "COMPLETED";
        if (write) {
            var writes = plan.writes();
            progress.report("WRITING", 0, writes.size(), true);
            int enrolled = registry.apply(writes, order.actor(),
                    n -> progress.report("WRITING", n, writes.size(), false));
            int hires = plan.count(Change.Kind.HIRE);
            figures.add(MemberFigures.MEMBERS, hires);
            figures.add(MemberFigures.ENROLLED, enrolled);
            audit.record(order.actor(), order.tenantId(), "MEMBER_IMPORT", order.tenantId(),
                    "job " + order.jobId() + ": " + hires + " hires, " + plan.count(Change.Kind.UPDATE) + " updates, "
                            + plan.count(Change.Kind.LEAVER) + " leavers");
        }
        jobs.finish(order.jobId(), status, parsed.dataLines(), invalidLines,
                new int[] {plan.count(Change.Kind.HIRE), plan.count(Change.Kind.UPDATE),
                        plan.count(Change.Kind.LEAVER), plan.count(Change.Kind.UNCHANGED)}, problems);
    }

    /** Writes progress in its own short transaction, at most every {@link #PROGRESS_MILLIS}. */
    private final class Progress {
        private final TenantRef tenant;
        private final long jobId;
        private long lastAt;

        Progress(TenantRef tenant, long jobId) {
            this.tenant = tenant;
            this.jobId = jobId;
        }

        void report(String phase, long done, long total, boolean force) {
            long now = System.currentTimeMillis();
            if (!force && now - lastAt < PROGRESS_MILLIS) {
                return;
            }
            lastAt = now;
            scopes.callAs(tenant, () -> {
                jobs.progress(jobId, phase, done, total);
                return null;
            });
        }
    }
}
