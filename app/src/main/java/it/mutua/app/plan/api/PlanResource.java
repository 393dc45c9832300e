package it.mutua.app.plan.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.plan.application.AdoptionService;
import it.mutua.app.plan.application.LayerVersionRecord;
import it.mutua.app.plan.application.PendingUpdates;
import it.mutua.app.plan.application.PlanBooklet;
import it.mutua.app.plan.application.PlanInForce;
import it.mutua.app.plan.application.PlanService;
import it.mutua.app.problem.Messages;
import it.mutua.app.security.Caller;

/**
 * Health plans: each tenant edits its own layer (the level follows from its kind) as drafts and publishes them; any
 * reader sees the effective plan of a tenant it may read, with provenance and locks. Bodies of drafts are JSON in the
 * {@link it.mutua.app.plan.application.OverlayJson} format plus {@code effectiveFrom}; they are read as text and
 * parsed here, so malformed JSON is the usual 400 {@code request.malformed_json}.
 */
@Path("/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Piani sanitari / Health plans")
@SecurityRequirement(name = "jwt")
public class PlanResource {

    private static final String PDF = "application/pdf";

    @Inject
    PlanService service;
    @Inject
    AdoptionService adoptions;
    @Inject
    PendingUpdates pending;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "auditor"})
    @Operation(summary = "Piani visibili: basi nazionali e il proprio livello / Visible plans: national bases and the caller's own layer")
    public JsonObject list() {
        return PlanViews.visible(service.visible(caller));
    }

    @POST
    @Path("{planCode}/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin"})
    @Operation(summary = "Crea una bozza del proprio livello del piano / Create a draft of the caller's layer of the plan")
    public Response createDraft(@PathParam("planCode") String planCode, String body) {
        LayerVersionRecord draft = service.createDraft(caller, planCode, PlanService.parseDraft(body));
        return Response.created(URI.create("/api/plans/" + draft.planCode() + "/drafts/" + draft.number()))
                .entity(PlanViews.version(draft, true)).build();
    }

    @GET
    @Path("{planCode}/drafts/{version}")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin"})
    @Operation(summary = "Legge una versione del proprio livello / Read a version of the caller's own layer")
    public JsonObject getVersion(@PathParam("planCode") String planCode, @PathParam("version") int version) {
        return PlanViews.version(service.ownVersion(caller, planCode, version), true);
    }

    @PUT
    @Path("{planCode}/drafts/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin"})
    @Operation(summary = "Sostituisce una bozza (mai una versione pubblicata: 409) / Replace a draft (never a published version: 409)")
    public JsonObject replaceDraft(@PathParam("planCode") String planCode, @PathParam("version") int version,
                                   String body) {
        return PlanViews.version(service.replaceDraft(caller, planCode, version, PlanService.parseDraft(body)), true);
    }

    @POST
    @Path("{planCode}/drafts/{version}/publish")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin"})
    @Operation(summary = "Pubblica una bozza dopo averla risolta sui livelli superiori / Publish a draft after resolving it on the upper layers")
    public JsonObject publish(@PathParam("planCode") String planCode, @PathParam("version") int version) {
        return PlanViews.version(service.publish(caller, planCode, version), true);
    }

    @GET
    @Path("{planCode}/effective")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member", "auditor"})
    @Operation(summary = "Piano effettivo di un ente a una data, con provenienza e blocchi / Effective plan of a tenant on a date, with provenance and locks")
    public JsonObject effective(@PathParam("planCode") String planCode, @QueryParam("tenant") String tenant,
                                @QueryParam("date") String date) {
        LocalDate on = date == null || date.isBlank() ? LocalDate.now() : PlanService.date(date, "date");
        return PlanViews.effective(service.effective(caller, planCode, tenant, on));
    }

    @GET
    @Path("{planCode}/layers/{tenant}")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "auditor"})
    @Operation(summary = "Versioni pubblicate del livello di un ente: della propria catena o sottostante / Published versions of a tenant's layer: of the caller's own chain or below it")
    public JsonObject layer(@PathParam("planCode") String planCode, @PathParam("tenant") String tenant) {
        return AdoptionViews.layer(planCode, tenant, service.layer(caller, planCode, tenant));
    }

    @POST
    @Path("{planCode}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("coop-admin")
    @Operation(summary = "La cooperativa adotta il piano (o il suo aggiornamento) da una data, con le sue opzioni / The cooperative adopts the plan (or its update) from a date, with its options")
    public Response adopt(@PathParam("planCode") String planCode, String body) {
        PlanInForce adopted = adoptions.adopt(caller, planCode, AdoptionService.parse(body));
        return Response.created(URI.create("/api/plans/" + adopted.planCode() + "/adoptions"))
                .entity(AdoptionViews.adoption(adopted)).build();
    }

    @GET
    @Path("{planCode}/adoptions")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "auditor"})
    @Operation(summary = "Storico delle adesioni di una cooperativa al piano / A cooperative's adoption history of the plan")
    public JsonObject adoptions(@PathParam("planCode") String planCode, @QueryParam("tenant") String tenant) {
        return AdoptionViews.adoptions(adoptions.history(caller, planCode, tenant));
    }

    @GET
    @Path("{planCode}/pending")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "auditor"})
    @Operation(summary = "Aggiornamento in sospeso dai livelli superiori, con le differenze campo per campo / Update pending from the upper layers, with the field-by-field diff")
    public JsonObject pending(@PathParam("planCode") String planCode, @QueryParam("tenant") String tenant) {
        return AdoptionViews.pending(pending.pending(caller, planCode, tenant),
                Messages.choose(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{planCode}/booklet")
    @Produces(PDF)
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member", "auditor"})
    @Operation(summary = "Libretto del piano in vigore (PDF, in italiano) / Booklet of the plan in force (PDF, Italian)")
    public Response booklet(@PathParam("planCode") String planCode, @QueryParam("tenant") String tenant,
                            @QueryParam("date") String date) {
        LocalDate on = date == null || date.isBlank() ? LocalDate.now() : PlanService.date(date, "date");
        PlanService.Effective effective = service.effective(caller, planCode, tenant, on);
        String file = "libretto-" + effective.plan().planCode() + "-" + effective.tenant().code() + "-" + on + ".pdf";
        return Response.ok(PlanBooklet.render(effective), PDF)
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").build();
    }
}
