package it.mutua.app.identity.api;

import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accesso / Authentication")
@SecurityRequirement(name = "jwt")
public class MeResource {

    @Inject
    Caller caller;
    @Inject
    JsonWebToken jwt;
    @Inject
    TenantRepository tenants;

    public record TenantSummary(long id, String code, String name, String kind) {
    }

    public record Me(String username, String displayName, List<String> roles, TenantSummary tenant) {
    }

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member", "auditor"})
    @Operation(summary = "Chi sono / Who am I")
    public Me me() {
        Tenant t = tenants.findById(caller.tenantId()).orElseThrow(() -> ProblemException.notFound("tenant.not_found", ""));
        String display = jwt.getClaim("name") == null ? caller.username() : jwt.getClaim("name").toString();
        return new Me(caller.username(), display, List.copyOf(new TreeSet<>(caller.roles())),
                new TenantSummary(t.id(), t.code(), t.name(), t.kind().name()));
    }
}
