package it.mutua.app.catalog.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.application.RegionalConstitution;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.security.Caller;

@Path("/regional-mutuals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enti / Tenants")
@SecurityRequirement(name = "jwt")
public class RegionalMutualResource {

    @Inject
    RegionalConstitution constitution;
    @Inject
    TenantDtos dtos;
    @Inject
    Caller caller;

    /** The outcome: the new regional mutual and the codes of the cooperatives moved under it. */
    public record ConstitutionDto(TenantDto regional, int movedCount, List<String> moved) {
    }

    @POST
    @RolesAllowed("national-admin")
    @Operation(summary = "Costituisce una mutua regionale e vi sposta le cooperative / Constitute a regional mutual and move cooperatives under it")
    public Response constitute(ConstituteRegionalRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        RegionalConstitution.Result result = constitution.constitute(caller, new RegionalConstitution.Request(
                body.code(), body.name(), body.region(), body.cooperatives(),
                Boolean.TRUE.equals(body.allCooperativesOfRegion())));
        List<String> moved = result.moved().stream().map(Tenant::code).toList();
        return Response.created(URI.create("/api/tenants/" + result.regional().code()))
                .entity(new ConstitutionDto(dtos.of(result.regional()), moved.size(), moved)).build();
    }
}
