package it.mutua.app.network.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
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

    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_CACHED = 50_000;

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

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

    /**
     * The network of a tenant by id, cached for {@link #TTL}: searches and regime questions are frequent and a
     * tenant's place in the tree changes rarely (constituting a regional mutual moves cooperatives under it; their
     * network follows within the TTL).
     */
    public List<Tenant> networkOf(long tenantId) {
        Cached hit = cache.get(tenantId);
        if (hit != null && System.nanoTime() - hit.loadedAt() < TTL.toNanos()) {
            return hit.owners();
        }
        Tenant tenant = tenants.findById(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("no tenant " + tenantId + " in the catalog"));
        List<Tenant> owners = List.copyOf(networkOf(tenant));
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(tenantId, new Cached(owners, System.nanoTime()));
        return owners;
    }

    private record Cached(List<Tenant> owners, long loadedAt) {
    }

    private Optional<Tenant> regionalOf(Tenant tenant) {
        if (tenant.kind() == TenantKind.REGIONAL) {
            return Optional.of(tenant);
        }
        if (tenant.kind() == TenantKind.COOPERATIVE && tenant.parentId() != null) {
            return tenants.findById(tenant.parentId()).filter(p -> p.kind() == TenantKind.REGIONAL);
        }
        return Optional.empty();
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

    /** A facility of the caller's network, with its owner; 404 when it is not in that network. */
    public <T> Located<T> locate(long viewerTenantId, long facilityId,
                                 LongFunction<Optional<T>> find) {
        for (Tenant owner : networkOf(viewerTenantId)) {
            Optional<T> found = in(owner, () -> find.apply(facilityId));
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
