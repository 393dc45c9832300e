package it.mutua.app.member.application;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * A regional mutual or the national office reading a cooperative's members: check visibility, write the audit
 * record (committed with the caller's transaction), then open the child tenant in its own transaction.
 */
@ApplicationScoped
public class ParentReads {

    @Inject
    TenantRepository tenants;
    @Inject
    AuditLog audit;
    @Inject
    TenantScopes scopes;

    @Transactional
    public <T> T read(Caller caller, String tenantCode, String what, Supplier<T> work) {
        Tenant principal = tenants.findById(caller.tenantId()).orElseThrow();
        Tenant target = tenants.findByCode(tenantCode == null ? "" : tenantCode.strip().toLowerCase(Locale.ROOT))
                .filter(t -> Visibility.canReadPersonalData(principal, t))
                .orElseThrow(() -> ProblemException.notFound("tenant.not_found", tenantCode));
        if (Visibility.isParentRead(principal, target)) {
            audit.record(caller.username(), caller.tenantId(), "PARENT_READ", target.id(), what);
        }
        var ref = TenantDirectory.find(target.id()).orElseThrow();
        return scopes.callAs(ref, work);
    }
}
