package it.mutua.app.member.contribution.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.contribution.application.ContributionService;
import it.mutua.app.member.contribution.application.StatementView;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;

/** Contribution statements, payments and arrears of the caller's own cooperative. */
@Path("/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributi / Contributions")
@SecurityRequirement(name = "jwt")
public class ContributionResource {

    private static final int MAX_CSV_BYTES = 1024 * 1024;

    @Inject
    ContributionService contributions;
    @Inject
    Caller caller;

    /** Body of POST /statements: the period, {@code 2026} or {@code 2026-03}. */
    public record GenerateRequest(String period) {
    }

    /** Body of POST /statements/{period}/payments: euros with a dot, the payment date, the bank reference. */
    public record PaymentRequest(BigDecimal amount, LocalDate paidOn, String reference) {
    }

    @GET
    @Path("statements")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Estratti contributivi / Contribution statements")
    public List<StatementView> statements() {
        return contributions.statements();
    }

    @POST
    @Path("statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("coop-admin")
    @Operation(summary = "Genera l'estratto di un periodo / Generate the statement of a period")
    public Response generate(GenerateRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        StatementView s = contributions.generate(body.period(), caller.username());
        return Response.created(URI.create("/api/contributions/statements/" + s.period())).entity(s).build();
    }

    @GET
    @Path("statements/{period}")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Estratto con righe e pagamenti / Statement with lines and payments")
    public StatementView statement(@PathParam("period") String period) {
        return contributions.statement(period);
    }

    @POST
    @Path("statements/{period}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("coop-admin")
    @Operation(summary = "Registra un pagamento / Record a payment")
    public Response pay(@PathParam("period") String period, PaymentRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        StatementView s = contributions.recordPayment(period, body.amount(), body.paidOn(), body.reference(), "MANUAL",
                caller.username());
        return Response.status(Response.Status.CREATED).entity(s).build();
    }

    @POST
    @Path("payments")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("coop-admin")
    @Operation(summary = "Registra pagamenti da CSV (periodo;importo;data_pagamento;riferimento), tutto o niente / "
            + "Record payments from a CSV, all or nothing")
    public List<StatementView> payCsv(InputStream body) {
        return contributions.recordPayments(lines(body), caller.username());
    }

    @GET
    @Path("arrears")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Morosità e sospensioni a una data / Arrears and suspensions on a date")
    public ContributionService.Arrears arrears(@QueryParam("on") String on) {
        LocalDate date;
        try {
            date = on == null || on.isBlank() ? LocalDate.now() : LocalDate.parse(on.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolation.invalid("on", "member.import.date_param", on);
        }
        return contributions.arrears(date);
    }

    /** A small file (at most 1 MB), UTF-8, header {@code periodo;importo;data_pagamento;riferimento} or with commas. */
    private static List<ContributionService.PaymentLine> lines(InputStream body) {
        String text;
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(MAX_CSV_BYTES + 1);
            if (bytes.length > MAX_CSV_BYTES) {
                throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "member.import.too_large", 1);
            }
            text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int eol = text.indexOf('\n');
        String header = eol < 0 ? text : text.substring(0, eol);
        char delimiter = header.chars().filter(c -> c == ',').count() > header.chars().filter(c -> c == ';').count()
                ? ',' : ';';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<ContributionService.PaymentLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (String column : List.of("periodo", "importo", "data_pagamento")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw ProblemException.badRequest("member.contribution.csv_columns");
                }
            }
            for (CSVRecord r : parser) {
                lines.add(new ContributionService.PaymentLine(r.getRecordNumber() + 1, r.get("periodo"),
                        r.get("importo"), r.get("data_pagamento"),
                        r.isMapped("riferimento") && r.isSet("riferimento") ? r.get("riferimento") : null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.badRequest("member.contribution.csv_columns");
        }
        if (lines.isEmpty()) {
            throw ProblemException.badRequest("member.import.empty");
        }
        return lines;
    }
}
