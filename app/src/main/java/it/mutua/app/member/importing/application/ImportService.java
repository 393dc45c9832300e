package it.mutua.app.member.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.member.importing.domain.CsvDialect;
import it.mutua.app.member.importing.domain.ImportMode;
import it.mutua.app.member.importing.domain.PayrollFileException;
import it.mutua.app.member.importing.domain.PayrollParser;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.tenancy.CurrentTenant;
import it.mutua.app.tenancy.TenantRef;
import it.mutua.app.tenancy.TenantScopes;

/**
 * Accepts an upload for the caller's cooperative: spool it within limits, refuse at once what is not a payroll file
 * at all (400/413, no job), create the job row (committed before the job starts, so the runner and the first poll
 * see it), and hand it to a managed thread.
 */
@ApplicationScoped
public class ImportService {

    @Resource(lookup = "concurrent/mutua-background")
    ManagedExecutorService executor;
    @Inject
    TenantScopes scopes;
    @Inject
    ImportJobStore jobs;
    @Inject
    ImportRunner runner;
    @Inject
    @ConfigProperty(name = "mutua.import.max-bytes", defaultValue = "33554432")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "mutua.import.max-lines", defaultValue = "100000")
    long maxLines;

    /** What the upload asked for. */
    public record Upload(InputStream body, long contentLength, String fileName, ImportMode mode,
                         LocalDate absentLeaveOn) {
    }

    public ImportJobView start(Upload upload, Caller caller) {
        if (upload.contentLength() > maxBytes) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "member.import.too_large",
                    maxBytes / (1024 * 1024));
        }
        if (upload.absentLeaveOn() != null && upload.mode() == ImportMode.VALID_LINES) {
            throw ProblemException.badRequest("member.import.absent_needs_complete_file");
        }
        UploadSpool.Spooled file = UploadSpool.spool(upload.body(), maxBytes, maxLines);
        boolean handedOver = false;
        try {
            CsvDialect dialect = checkShape(file);
            TenantRef tenant = CurrentTenant.get();
            long jobId = scopes.callAs(tenant, () -> {
                if (jobs.busy()) {
                    throw ProblemException.conflict("member.import.busy");
                }
                return jobs.create(upload.mode(), fileName(upload.fileName()), file.bytes(),
                        dialect.describeCharset(), dialect.delimiter(), file.lines(), upload.absentLeaveOn(),
                        caller.username());
            });
            ImportRunner.Order order = new ImportRunner.Order(tenant.id(), jobId, upload.mode(), file, dialect,
                    upload.absentLeaveOn(), caller.username());
            executor.submit(() -> runner.run(order));
            handedOver = true;
            return scopes.callAs(tenant, () -> jobs.find(jobId).orElseThrow());
        } finally {
            if (!handedOver) {
                file.delete();
            }
        }
    }

    @Transactional
    public ImportJobView get(long id) {
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("member.import.not_found", id));
    }

    @Transactional
    public List<ImportJobStore.ReportLine> report(long id) {
        get(id);
        return jobs.report(id, null);
    }

    @Transactional
    public List<ImportJobView> history(int page, int size) {
        return jobs.latest(page, size);
    }

    /** Encoding, text-ness and the header's columns, checked before any job exists. */
    private static CsvDialect checkShape(UploadSpool.Spooled file) {
        try {
            CsvDialect dialect = CsvDialect.detect(file.file());
            try (InputStream in = Files.newInputStream(file.file())) {
                PayrollParser.header(in, dialect);
            }
            return dialect;
        } catch (PayrollFileException e) {
            throw ProblemException.badRequest(e.code(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip().replaceAll("[\\p{Cntrl}]", "");
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
