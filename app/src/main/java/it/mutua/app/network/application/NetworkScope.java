package it.mutua.app.network.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;
import it.mutua.app.tenancy.CurrentTenant;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * Who owns and who sees which facilities (DESIGN §3, ADR 0011). The national network lives in the national schema;
 * a regional mutual's additions in its own schema and belong to the network of the tenants under it only. So a
 * tenant's network is at most two schemas: national, and the regional mutual it is (or sits under). Everything
 * else (another region's additions) does not exist for it: 404, never 403.
 */
@ApplicationScoped
public class NetworkScope {

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;

    /** The owners whose facilities form {@code tenant}'s network: national first, then its regional mutual. */
    public List<Tenant> networkOf(Tenant tenant) {
        Tenant national = tenants.national().orElseThrow();
        List<Tenant> owners = new ArrayList<>(2);
        owners.add(national);
        regionalOf(tenant).ifPresent(owners::add);
        return owners;
    }

    public List<Tenant> networkOf(long tenantId) {
        Tenant tenant = tenants.findById(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("no tenant " + tenantId + " in the catalog"));
        return networkOf(tenant);
    }

    public Tenant tenant(long id) {
        return tenants.findById(id).orElseThrow(() -> new IllegalArgumentException("no tenant " + id));
    }

    private java.util.Optional<Tenant> regionalOf(Tenant tenant) {
        if (tenant.kind() == TenantKind.REGIONAL) {
            return java.util.Optional.of(tenant);
        }
        if (tenant.kind() == TenantKind.COOPERATIVE && tenant.parentId() != null) {
            return tenants.findById(tenant.parentId()).filter(p -> p.kind() == TenantKind.REGIONAL);
        }
        return java.util.Optional.empty();
    }

    /**
     * The tenant whose network the caller may change: national for a national administrator, its own regional
     * mutual for a regional administrator; anyone else only reads (403). Writes run in the caller's own schema, the
     * one in context.
     */
    public Tenant ownerFor(Caller caller) {
        Tenant own = tenants.findById(caller.tenantId()).orElseThrow();
        boolean owner = own.kind() == TenantKind.NATIONAL && caller.hasRole(Roles.NATIONAL_ADMIN)
                || own.kind() == TenantKind.REGIONAL && caller.hasRole(Roles.REGIONAL_ADMIN);
        if (!owner) {
            throw ProblemException.forbidden("network.owner.forbidden");
        }
        if (CurrentTenant.get().id() != own.id()) {
            throw new IllegalStateException("network writes run in the owner's own schema");
        }
        return own;
    }

    /** Runs {@code work} in {@code owner}'s schema, in a transaction of its own. */
    public <T> T in(Tenant owner, Supplier<T> work) {
        var ref = TenantDirectory.find(owner.id()).orElseThrow();
        return scopes.callAs(ref, work);
    }

    /** The caller's own tenant. */
    public Tenant callerTenant(Caller caller) {
        return tenants.findById(caller.tenantId()).orElseThrow();
    }

    /** A facility of the caller's network, with its owner; 404 when it is not in that network. */
    public <T> Located<T> locate(Tenant viewer, long facilityId, java.util.function.LongFunction<java.util.Optional<T>> find) {
        for (Tenant owner : networkOf(viewer)) {
            java.util.Optional<T> found = in(owner, () -> find.apply(facilityId));
            if (found.isPresent()) {
                return new Located<>(owner, found.get());
            }
        }
        throw ProblemException.notFound("network.facility.notFound", Long.toString(facilityId));
    }

    /** Something read from an owner's schema, with that owner. */
    public record Located<T>(Tenant owner, T value) {
    }
}
