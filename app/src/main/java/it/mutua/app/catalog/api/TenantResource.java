package it.mutua.app.catalog.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.application.Page;
import it.mutua.app.catalog.application.NewTenant;
import it.mutua.app.catalog.application.TenantService;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.reporting.application.EmployerView;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

@Path("/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enti / Tenants")
@SecurityRequirement(name = "jwt")
public class TenantResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    TenantService service;
    @Inject
    FigureProjection figures;
    @Inject
    TenantDtos dtos;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Crea un ente (con il suo schema) / Create a tenant with its own schema")
    public Response create(CreateTenantRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        Tenant created = service.create(caller, new NewTenant(body.kind(), body.code(), body.name(), body.parent(),
                body.federation(), body.sector(), body.vatNumber(), body.region()));
        return Response.created(URI.create("/api/tenants/" + created.code())).entity(dtos.of(created)).build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member", "auditor"})
    @Operation(summary = "Legge un ente visibile / Read a visible tenant")
    public TenantDto get(@PathParam("code") String code) {
        return dtos.of(service.get(caller, code));
    }

    @GET
    @Path("{code}/children")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "auditor"})
    @Operation(summary = "Enti figli, paginati; filtri kind, region (ISTAT), q (nome, codice o partita IVA) / Child tenants, paged; filters kind, region (ISTAT), q (name, code or VAT number)")
    public PageDto<TenantDto> children(@PathParam("code") String code,
                                       @QueryParam("kind") String kind,
                                       @QueryParam("region") String region,
                                       @QueryParam("q") String text,
                                       @QueryParam("sort") @DefaultValue("name") String sort,
                                       @QueryParam("desc") @DefaultValue("false") boolean descending,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw RuleViolation.invalid("page", "request.page.negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolation.invalid("size", "request.size.range", MAX_PAGE_SIZE);
        }
        // "-name" is accepted as well as desc=true: the admin UI sorts that way
        boolean minus = sort.startsWith("-");
        Page<Tenant> result = service.children(caller, code, kind, region, text, minus ? sort.substring(1) : sort,
                descending || minus, page, size);
        return new PageDto<>(result.items().stream().map(dtos::of).toList(), result.page(), result.size(), result.total());
    }

    @PATCH
    @Path("{code}")
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Rinomina un ente / Rename a tenant")
    public TenantDto rename(@PathParam("code") String code, RenameRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return dtos.of(service.rename(caller, code, body.name()));
    }

    @POST
    @Path("{code}/suspend")
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Sospende un ente / Suspend a tenant")
    public TenantDto suspend(@PathParam("code") String code) {
        return dtos.of(service.suspend(caller, code));
    }

    @POST
    @Path("{code}/reactivate")
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Riattiva un ente sospeso / Reactivate a suspended tenant")
    public TenantDto reactivate(@PathParam("code") String code) {
        return dtos.of(service.reactivate(caller, code));
    }

    @GET
    @Path("{code}/figures")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "auditor"})
    @Operation(summary = "Cifre degli enti sottostanti (figures) e dell'ente stesso (own), dalla proiezione di reporting / Figures below (figures) and of the tenant itself (own), from the reporting projection")
    public FiguresDto figures(@PathParam("code") String code) {
        Tenant tenant = service.get(caller, code);
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        for (TenantKind kind : TenantKind.values()) {
            if (kind != TenantKind.NATIONAL) {
                values.put(FigureProjection.TENANTS + kind.name(), BigDecimal.ZERO);
            }
        }
        values.putAll(figures.below(Figures.scopeOf(tenant), tenant.kind() == TenantKind.FEDERATION));
        Map<String, BigDecimal> own = figures.own(Figures.scopeOf(tenant));
        if (caller.hasRole(Roles.COOP_ADMIN)) {
            // the employer: health figures stop at the total count (DESIGN §3)
            return new FiguresDto(tenant.code(), EmployerView.of(values), EmployerView.of(own));
        }
        return new FiguresDto(tenant.code(), values, own);
    }

    /**
     * Figures by metric: {@code figures} of the tenants below (the dashboard of a parent), {@code own} of the tenant
     * itself (a cooperative's own members), so that a level's total is their sum.
     */
    public record FiguresDto(String tenant, Map<String, BigDecimal> figures, Map<String, BigDecimal> own) {
    }
}
