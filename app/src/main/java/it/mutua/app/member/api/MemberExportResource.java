package it.mutua.app.member.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.member.application.MemberExport;
import it.mutua.app.tenancy.CurrentTenant;

/** The caller's member list as CSV (Italian headers, {@code ;}), streamed. */
@Path("/members/export")
@RequestScoped
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class MemberExportResource {

    @Inject
    MemberExport export;

    @GET
    @Produces("text/csv")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Esporta l'elenco soci in CSV / Export the member list as CSV")
    public Response export() {
        // the tenant context is cleared before the body is written: the stream opens the tenant explicitly
        var tenant = CurrentTenant.get();
        StreamingOutput body = out -> export.write(tenant,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"soci-" + tenant.code() + ".csv\"").build();
    }
}
