package it.mutua.app.catalog.application;

import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Sector;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantCode;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.kernel.Region;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.VatNumber;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.tenancy.Placements;
import it.mutua.app.tenancy.SchemaInstaller;
import it.mutua.app.tenancy.TenantDirectory;

/**
 * Catalog use cases. Each public method is one transaction: the catalog row, the tenant's schema, the reporting
 * figures and the audit event are committed together or not at all.
 */
@ApplicationScoped
@Transactional
public class TenantService {

    @Inject
    TenantRepository tenants;
    @Inject
    SchemaInstaller schemas;
    @Inject
    FigureProjection figures;
    @Inject
    AuditLog audit;

    public Tenant create(Caller caller, NewTenant request) {
        Tenant principal = principalOf(caller);
        TenantKind kind = kindOf(request.kind());
        TenantCode code = TenantCode.of(request.code());
        if (kind == TenantKind.NATIONAL) {
            throw ProblemException.conflict("tenant.national.exists");
        }
        Tenant parent = visibleTenant(principal, request.parent(), "parent");
        requireMayCreateUnder(caller, principal, kind, parent);
        requireFreeCode(code);
        Tenant tenant = build(kind, code, request, parent, principal);
        return provision(caller.username(), caller.tenantId(), tenant);
    }

    /** Creates the national root; used once, when the catalog is empty (first start). */
    public Tenant createNational(String code, String name) {
        if (tenants.national().isPresent()) {
            throw ProblemException.conflict("tenant.national.exists");
        }
        Tenant national = Tenant.national(tenants.nextId(), TenantCode.of(code), name, Placements.MAIN);
        return provision("system", null, national);
    }

    public Tenant get(Caller caller, String code) {
        return visibleOr404(principalOf(caller), code);
    }

    public Page<Tenant> children(Caller caller, String code, String kind, String region, String text, String sort,
                                 boolean descending, int page, int size) {
        Tenant parent = visibleOr404(principalOf(caller), code);
        TenantKind kindFilter = kind == null || kind.isBlank() ? null : kindOf(kind);
        String regionFilter = region == null || region.isBlank() ? null : Region.ofIstatCode(region).istatCode();
        String filter = text == null || text.isBlank() ? null : text.strip();
        long total = tenants.countChildren(parent, kindFilter, regionFilter, filter);
        List<Tenant> items = tenants.children(parent, kindFilter, regionFilter, filter, sort, descending, page * size,
                size);
        return new Page<>(items, page, size, total);
    }

    public Tenant rename(Caller caller, String code, String newName) {
        Tenant tenant = administrable(caller, code);
        String before = tenant.name();
        tenant.rename(newName);
        audit.record(caller.username(), caller.tenantId(), "TENANT_RENAMED", tenant.id(),
                "from=" + before + "; to=" + tenant.name());
        return tenant;
    }

    public Tenant suspend(Caller caller, String code) {
        Tenant tenant = administrable(caller, code);
        tenant.suspend();
        TenantDirectory.evict(tenant.id());
        audit.record(caller.username(), caller.tenantId(), "TENANT_SUSPENDED", tenant.id(), null);
        return tenant;
    }

    public Tenant reactivate(Caller caller, String code) {
        Tenant tenant = administrable(caller, code);
        tenant.reactivate();
        TenantDirectory.evict(tenant.id());
        audit.record(caller.username(), caller.tenantId(), "TENANT_REACTIVATED", tenant.id(), null);
        return tenant;
    }

    Tenant provision(String actor, Long actorTenantId, Tenant tenant) {
        tenants.add(tenant);
        tenant.markSchemaVersion(schemas.install(tenant.id(), tenant.code(), tenant.schemaName()));
        figures.tenantCreated(Figures.scopeOf(tenant), tenant.kind().name());
        audit.record(actor, actorTenantId, "TENANT_CREATED", tenant.id(),
                "kind=" + tenant.kind() + "; code=" + tenant.code() + "; path=" + tenant.path());
        return tenant;
    }

    Tenant principalOf(Caller caller) {
        return tenants.findById(caller.tenantId())
                .orElseThrow(() -> new ProblemException(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "auth.unknown_tenant"));
    }

    /** The tenant named {@code code} if the principal may see it; otherwise 404, whether it exists or not. */
    Tenant visibleOr404(Tenant principal, String code) {
        return tenants.findByCode(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))
                .filter(t -> Visibility.canRead(principal, t))
                .orElseThrow(() -> ProblemException.notFound("tenant.not_found", code));
    }

    void requireFreeCode(TenantCode code) {
        if (tenants.findByCode(code.value()).isPresent()) {
            throw ProblemException.conflict("tenant.code.taken", code.value());
        }
    }

    private Tenant administrable(Caller caller, String code) {
        Tenant principal = principalOf(caller);
        Tenant tenant = visibleOr404(principal, code);
        if (!Visibility.canAdminister(principal, tenant) || !caller.hasAnyRole(Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN)) {
            throw ProblemException.forbidden("tenant.not_administrable", tenant.code());
        }
        return tenant;
    }

    private Tenant visibleTenant(Tenant principal, String code, String field) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid(field, "tenant." + field + ".required");
        }
        return tenants.findByCode(code.strip().toLowerCase(Locale.ROOT))
                .filter(t -> Visibility.canRead(principal, t))
                .orElseThrow(() -> RuleViolation.invalid(field, "tenant." + field + ".not_found", code));
    }

    private Tenant referencedFederation(Tenant principal, String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("federation", "tenant.federation.required");
        }
        return tenants.findByCode(code.strip().toLowerCase(Locale.ROOT))
                .filter(t -> Visibility.canReference(principal, t))
                .orElseThrow(() -> RuleViolation.invalid("federation", "tenant.federation.not_found", code));
    }

    private void requireMayCreateUnder(Caller caller, Tenant principal, TenantKind kind, Tenant parent) {
        boolean national = caller.hasRole(Roles.NATIONAL_ADMIN) && principal.kind() == TenantKind.NATIONAL;
        boolean regionalForOwnCoops = caller.hasRole(Roles.REGIONAL_ADMIN) && principal.kind() == TenantKind.REGIONAL
                && kind == TenantKind.COOPERATIVE && parent.id() == principal.id();
        if (!national && !regionalForOwnCoops) {
            throw ProblemException.forbidden("tenant.create.forbidden", kind.name());
        }
    }

    private Tenant build(TenantKind kind, TenantCode code, NewTenant request, Tenant parent, Tenant principal) {
        long id = tenants.nextId();
        return switch (kind) {
            case REGIONAL -> {
                tenants.regionalOf(request.region()).ifPresent(existing -> {
                    throw ProblemException.conflict("tenant.regional.exists", request.region(), existing.code());
                });
                yield Tenant.regional(id, code, request.name(), request.region(), parent, Placements.MAIN);
            }
            case FEDERATION -> Tenant.federation(id, code, request.name(), sectorOf(request.sector()), parent, Placements.MAIN);
            case COOPERATIVE -> {
                String vat = VatNumber.parse(request.vatNumber()).value();
                if (tenants.findByVatNumber(vat).isPresent()) {
                    throw ProblemException.conflict("tenant.vat.taken", vat);
                }
                Tenant federation = referencedFederation(principal, request.federation());
                Tenant regional = request.region() == null ? null : tenants.regionalOf(request.region()).orElse(null);
                yield Tenant.cooperative(id, code, request.name(), vat, request.region(), parent, federation, regional,
                        Placements.MAIN);
            }
            case NATIONAL -> throw ProblemException.conflict("tenant.national.exists");
        };
    }

    static TenantKind kindOf(String raw) {
        try {
            return TenantKind.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("kind", "tenant.kind.unknown", String.valueOf(raw));
        }
    }

    private static Sector sectorOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolation.invalid("sector", "tenant.sector.required");
        }
        try {
            return Sector.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("sector", "tenant.sector.unknown", raw);
        }
    }
}
