package it.mutua.app.operations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.tenancy.CurrentTenant;

/**
 * Which schema does my request really read? Answers the token's tenant and the tenant written in the marker row of
 * the schema the session's connection points at. They must always be equal; the search_path leak test hammers this.
 */
@Path("/diagnostics/tenant-marker")
@RequestScoped
@Tag(name = "Diagnostica / Diagnostics")
@SecurityRequirement(name = "jwt")
public class TenantMarkerResource {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    public record Marker(long tokenTenantId, long schemaTenantId, String schemaTenantCode) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member", "auditor"})
    @Operation(summary = "Verifica lo schema della sessione / Check the session's schema")
    public Marker marker() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT tenant_id, tenant_code FROM tenant_marker").getSingleResult();
        return new Marker(CurrentTenant.get().id(), ((Number) row[0]).longValue(), (String) row[1]);
    }
}
