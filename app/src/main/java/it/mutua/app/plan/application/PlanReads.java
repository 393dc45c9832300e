package it.mutua.app.plan.application;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;

/**
 * Whose plan data a caller may read, per DESIGN §2: its own tenant's; below it along the territorial tree, and a
 * federation its cooperatives, through an audited parent read; and, as the one exception upwards, the published
 * layers of the chain it inherits from. Anything else answers 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class PlanReads {

    @Inject
    TenantRepository tenants;
    @Inject
    AuditLog audit;
    @Inject
    PlanChains chains;

    public Tenant principal(Caller caller) {
        return tenants.findById(caller.tenantId()).orElseThrow();
    }

    /** The tenant whose plan data is read: the caller's own by default; a parent read is audited as {@code what}. */
    public Tenant target(Caller caller, String tenantCode, String what) {
        Tenant principal = principal(caller);
        if (tenantCode == null || tenantCode.isBlank()) {
            return principal;
        }
        Tenant target = find(tenantCode).filter(t -> Visibility.canRead(principal, t))
                .orElseThrow(() -> ProblemException.notFound("tenant.not_found", tenantCode));
        auditIfParentRead(caller, principal, target, what);
        return target;
    }

    /**
     * The owner of a plan layer the caller wants to read: an owner in the caller's own chain (inherited definitions),
     * or one the caller may read below itself (audited).
     */
    public Tenant layerOwner(Caller caller, String ownerCode, String what) {
        Tenant principal = principal(caller);
        Tenant owner = find(ownerCode).orElseThrow(() -> ProblemException.notFound("tenant.not_found", ownerCode));
        boolean inherited = chains.chainOf(principal).stream().anyMatch(t -> t.id() == owner.id());
        if (inherited) {
            return owner;
        }
        if (!Visibility.canRead(principal, owner)) {
            throw ProblemException.notFound("tenant.not_found", ownerCode);
        }
        auditIfParentRead(caller, principal, owner, what);
        return owner;
    }

    private java.util.Optional<Tenant> find(String code) {
        return tenants.findByCode(code == null ? "" : code.strip().toLowerCase(Locale.ROOT));
    }

    private void auditIfParentRead(Caller caller, Tenant principal, Tenant target, String what) {
        if (Visibility.isParentRead(principal, target)) {
            audit.record(caller.username(), caller.tenantId(), "PARENT_READ", target.id(), what);
        }
    }
}
