package it.mutua.app.tenancy;

import java.io.IOException;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

import it.mutua.app.problem.Problem;

/**
 * Puts the tenant of the signed token into {@link TenantContext} for the request, and takes it out afterwards.
 *
 * <p>The tenant comes only from the verified JWT's {@code tenant} claim, never from a header or a query parameter.
 * A token naming a tenant the catalog does not have is 401; a suspended or archived tenant is 403; a tenant whose
 * schema is older than this build can serve ({@link SupportedSchema}) is 503 until the migration runner brings it up.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class TenantRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        TenantContext.clear();
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        Optional<TenantRef> tenant = tenantOf(jwt);
        if (tenant.isEmpty()) {
            request.abortWith(Problem.response(Response.Status.UNAUTHORIZED, "auth.unknown_tenant", request));
            return;
        }
        if (!tenant.get().isActive()) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "tenant.not_active", request));
            return;
        }
        if (tenant.get().schemaVersion() < SupportedSchema.MINIMUM_VERSION) {
            request.abortWith(Response.fromResponse(
                    Problem.response(Response.Status.SERVICE_UNAVAILABLE, "tenant.schema_outdated", request))
                    .header("Retry-After", "60").build());
            return;
        }
        TenantContext.push(tenant.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        TenantContext.clear();
    }

    private static Optional<TenantRef> tenantOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim("tenant");
        if (claim == null) {
            return Optional.empty();
        }
        try {
            String text = claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString();
            return TenantDirectory.find(Long.parseLong(text.replace("\"", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
