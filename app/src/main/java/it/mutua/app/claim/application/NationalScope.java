package it.mutua.app.claim.application;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantRef;
import it.mutua.app.tenancy.TenantScopes;

/**
 * Runs claim work as the national tenant, in its own transaction (DESIGN §3/§4): claims live in the national schema
 * whoever the caller is. Callers check the right to the claim before, or inside, the work.
 */
@ApplicationScoped
public class NationalScope {

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;

    private volatile Long nationalId;

    public <T> T call(Supplier<T> work) {
        return scopes.callAs(national(), work);
    }

    public long nationalId() {
        Long id = nationalId;
        if (id == null) {
            id = tenants.national().map(Tenant::id).orElseThrow(() -> new IllegalStateException("no national tenant"));
            nationalId = id;
        }
        return id;
    }

    private TenantRef national() {
        return TenantDirectory.find(nationalId()).orElseThrow(() -> new IllegalStateException("national not in catalog"));
    }
}
