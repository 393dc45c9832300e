package it.mutua.app.member.importing.api;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.member.importing.application.FamilyImportReport;
import it.mutua.app.member.importing.application.FamilyImportService;
import it.mutua.app.security.Caller;

/**
 * The family members of the caller's cooperative in bulk: a CSV file (the body, {@code text/csv}) with one relative
 * per line, all-or-nothing. 200 with the report when every line was registered (or was already there: a re-sent file
 * changes nothing), 422 with the problems by line when nothing was stored, 400 when it is not such a file. Layout:
 * {@code codice_fiscale_titolare;ruolo;codice_fiscale;cognome;nome;data_inizio} (ruolo: coniuge, figlio, altro;
 * data_inizio dd/mm/yyyy, optional: today).
 */
@Path("/members/family-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class FamilyImportResource {

    @Inject
    FamilyImportService imports;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed("coop-admin")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Carica i familiari da file CSV (tutto o niente) / Upload family members from a CSV file (all or nothing)")
    public Response upload(InputStream body, @HeaderParam("Content-Length") @DefaultValue("-1") long contentLength) {
        FamilyImportReport report = imports.importFile(body, contentLength, caller.username());
        return Response.status(report.completed() ? 200 : 422).entity(report).build();
    }
}
