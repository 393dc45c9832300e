package it.mutua.app.claim.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.claim.application.ClaimReports;
import it.mutua.app.claim.application.PaymentBatches;
import it.mutua.app.claim.application.SamplingSettings;
import it.mutua.app.claim.domain.SamplingRules;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.security.Caller;

/**
 * The national office's side of claims: payment batches and their SEPA file, the sampling rules, and the DM
 * 27/10/2009 report. A cooperative administrator gets 404 here too.
 */
@Path("/claim-office")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rimborsi / Claims")
@SecurityRequirement(name = "jwt")
public class ClaimAdminResource {

    @Inject
    ClaimPrincipals principals;
    @Inject
    PaymentBatches batches;
    @Inject
    SamplingSettings sampling;
    @Inject
    ClaimReports reports;
    @Inject
    Caller caller;

    public record BatchRequest(LocalDate executionDate) {
    }

    public record SamplingDto(BigDecimal randomPercent, BigDecimal valueThreshold, Set<String> alwaysReviewed) {
        static SamplingDto of(SamplingRules r) {
            return new SamplingDto(r.randomPercent(), r.valueThreshold().amount(), r.alwaysReviewedBenefits());
        }
    }

    @POST
    @Path("payment-batches")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Crea un lotto di pagamento delle richieste approvate (idempotente con Idempotency-Key) / Build a payment batch of approved claims (idempotent with Idempotency-Key)")
    public Response build(@HeaderParam("Idempotency-Key") String key, BatchRequest body) {
        var batch = batches.build(principals.current(), key, body == null ? null : body.executionDate());
        return Response.created(URI.create("/api/claim-office/payment-batches/" + batch.id()))
                .entity(ClaimViews.BatchDto.of(batch)).build();
    }

    @GET
    @Path("payment-batches")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Lotti di pagamento recenti / Recent payment batches")
    public List<ClaimViews.BatchDto> recent() {
        return batches.recent(principals.current()).stream().map(ClaimViews.BatchDto::of).toList();
    }

    @GET
    @Path("payment-batches/{id}")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Un lotto di pagamento / A payment batch")
    public ClaimViews.BatchDto batch(@PathParam("id") long id) {
        return ClaimViews.BatchDto.of(batches.get(principals.current(), id));
    }

    @GET
    @Path("payment-batches/{id}/sepa")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "File SEPA pain.001.001.09 del lotto / The batch's SEPA pain.001.001.09 file")
    public Response sepa(@PathParam("id") long id) {
        String xml = batches.sepaXml(principals.current(), id);
        return Response.ok(xml, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"mutua-batch-" + id + ".xml\"").build();
    }

    @POST
    @Path("payment-batches/{id}/paid")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Conferma l'esecuzione del lotto: richieste pagate (idempotente) / Confirm the batch was executed: claims paid (idempotent)")
    public ClaimViews.BatchDto paid(@PathParam("id") long id) {
        return ClaimViews.BatchDto.of(batches.confirmPaid(principals.current(), id));
    }

    @GET
    @Path("sampling-rules")
    @RolesAllowed({"claims-officer", "national-admin", "coop-admin"})
    @Operation(summary = "Regole di campionamento per la revisione / Sampling rules for review")
    public SamplingDto samplingRules() {
        return SamplingDto.of(sampling.current(principals.current()));
    }

    @PUT
    @Path("sampling-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "coop-admin"})
    @Operation(summary = "Imposta le regole di campionamento (nazionale) / Set the sampling rules (national)")
    public SamplingDto setSamplingRules(SamplingDto body) {
        var who = principals.current();
        if (!caller.hasRole("national-admin")) {
            who.requireClaimUser();
        }
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return SamplingDto.of(sampling.set(who, body.randomPercent(), body.valueThreshold(), body.alwaysReviewed()));
    }

    @GET
    @Path("reports/vincolate")
    @RolesAllowed({"national-admin", "claims-officer", "auditor", "coop-admin"})
    @Operation(summary = "Quota delle prestazioni vincolate (DM 27/10/2009, almeno 20%) / Share of vincolate benefits (DM 27/10/2009, at least 20%)")
    public ClaimReports.VincolateShare vincolate(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw RuleViolation.invalid("year", "claim.value.unknown", y);
        }
        return reports.vincolate(caller, y);
    }
}
