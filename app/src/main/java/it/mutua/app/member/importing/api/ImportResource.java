package it.mutua.app.member.importing.api;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.importing.application.ImportJobStore;
import it.mutua.app.member.importing.application.ImportJobView;
import it.mutua.app.member.importing.application.ImportService;
import it.mutua.app.member.importing.domain.ImportMode;
import it.mutua.app.problem.Messages;
import it.mutua.app.security.Caller;

/**
 * Payroll CSV imports of the caller's own cooperative. The file is the request body ({@code text/csv}); the answer is
 * 202 with the job, whose progress and report {@code GET /api/members/imports/{id}} shows. Layout and examples: the
 * README ("Payroll import") and {@code GET /api/members/imports/layout}.
 */
@Path("/members/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class ImportResource {

    @Inject
    ImportService imports;
    @Inject
    Caller caller;

    /**
     * A job with its report (the first problems, each in Italian and English) and, for a failed job, why it failed
     * (also in both languages).
     */
    public record JobWithReport(ImportJobView job, Failure failure, List<ImportJobStore.ReportLine> report) {
    }

    /** Why a job failed as a whole. */
    public record Failure(String code, String messageIt, String messageEn) {
        static Failure of(ImportJobView job) {
            if (job.failureCode() == null) {
                return null;
            }
            Object[] args = job.failureArgs() == null ? new Object[0] : job.failureArgs().split("\\|");
            return new Failure(job.failureCode(), Messages.text(Messages.ITALIAN, job.failureCode(), args),
                    Messages.text(Locale.ENGLISH, job.failureCode(), args));
        }
    }

    @POST
    @RolesAllowed("coop-admin")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Carica il tracciato paghe (prova o importazione) / Upload the payroll list (dry run or import)")
    public Response upload(InputStream body,
                           @QueryParam("mode") @DefaultValue("all-or-nothing") String mode,
                           @QueryParam("absentLeaveOn") String absentLeaveOn,
                           @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Length") @DefaultValue("-1") long contentLength) {
        ImportJobView job = imports.start(new ImportService.Upload(body, contentLength, fileName,
                ImportMode.parse(mode), date(absentLeaveOn)), caller);
        return Response.accepted(job).location(URI.create("/api/members/imports/" + job.id())).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Stato, avanzamento e rapporto di un'importazione / Status, progress and report of an import")
    public JobWithReport get(@PathParam("id") long id) {
        ImportJobView job = imports.get(id);
        return new JobWithReport(job, Failure.of(job), imports.report(id));
    }

    @GET
    @RolesAllowed("coop-admin")
    @Operation(summary = "Storico delle importazioni / Import history")
    public List<ImportJobView> history(@QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.invalid("size", "request.size.range", 200);
        }
        return imports.history(page, size);
    }

    @GET
    @Path("layout")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Tracciato del file paghe (italiano e inglese) / Payroll file layout (Italian and English)")
    public String layout() {
        return LayoutHelp.TEXT;
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("absentLeaveOn", "member.import.date_param", raw);
        }
    }
}
