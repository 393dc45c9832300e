package it.mutua.app.network.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.network.application.BulkLoad;
import it.mutua.app.network.application.BulkReport;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;

/**
 * Bulk load of facilities and tariffs from CSV into the caller's own network (layout: {@code FacilityCsv}, README).
 * 200 with the report when loaded or on a dry run; 422 with the report when an all-or-nothing load was refused.
 */
@Path("/network/facilities/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rete sanitaria / Healthcare network")
@SecurityRequirement(name = "jwt")
public class NetworkImportResource {

    /** The largest file accepted: ~5,000 facilities with tariffs take about 2 MB. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    @Inject
    BulkLoad bulkLoad;
    @Inject
    Caller caller;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Carica strutture e tariffe da CSV (prova: dryRun=true; tutto o niente salvo allOrNothing=false) "
            + "/ Load facilities and tariffs from CSV (dry run, all-or-nothing by default)")
    public Response load(InputStream body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                         @QueryParam("allOrNothing") @DefaultValue("true") boolean allOrNothing) {
        String text = decode(readLimited(body));
        BulkReport report = bulkLoad.load(caller, new StringReader(text), dryRun, allOrNothing);
        int status = !dryRun && !report.applied() ? 422 : 200;
        return Response.status(status).entity(report).build();
    }

    static byte[] readLimited(InputStream in) {
        if (in == null) {
            throw ProblemException.badRequest("network.csv.empty");
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "network.csv.tooLarge",
                        MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw ProblemException.badRequest("network.csv.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.badRequest("network.csv.malformed");
        }
    }

    /** Strict UTF-8 (a Latin-1 export would corrupt every accented name), without a leading byte-order mark. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("network.csv.encoding");
        }
    }
}
