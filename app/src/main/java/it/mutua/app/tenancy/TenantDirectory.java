package it.mutua.app.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small cache of the catalog: tenant id to schema, placement and status.
 *
 * <p>Schema and placement of a tenant never change, so they could be cached forever; the status (a suspended tenant
 * must stop being served) is trusted for {@link #STATUS_TTL} only, and evicted at once on this node when it changes.
 * The cache holds only tenants actually used, so memory grows with active tenants, not with the catalog.
 */
public final class TenantDirectory {

    static final Duration STATUS_TTL = Duration.ofSeconds(30);
    private static final Map<Long, Entry> CACHE = new ConcurrentHashMap<>();

    private record Entry(TenantRef tenant, long loadedAtNanos) {
        boolean fresh() {
            return System.nanoTime() - loadedAtNanos < STATUS_TTL.toNanos();
        }
    }

    private TenantDirectory() {
    }

    /** The tenant with this id, if the catalog has it. */
    public static Optional<TenantRef> find(long tenantId) {
        Entry cached = CACHE.get(tenantId);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached.tenant());
        }
        Optional<TenantRef> loaded = load(tenantId);
        // a tenant held back as outdated is not cached: it is served the moment the runner has migrated it
        loaded.filter(t -> t.schemaVersion() >= SupportedSchema.MINIMUM_VERSION)
                .ifPresentOrElse(t -> CACHE.put(tenantId, new Entry(t, System.nanoTime())), () -> CACHE.remove(tenantId));
        return loaded;
    }

    /** Forget a tenant after its status changed, so the next request sees the new status. */
    public static void evict(long tenantId) {
        CACHE.remove(tenantId);
    }

    /** Forget every tenant: after a migration run changed schema versions. */
    public static void evictAll() {
        CACHE.clear();
    }

    static TenantRef byIdentifier(String identifier) {
        long id;
        try {
            id = Long.parseLong(identifier);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a tenant identifier: " + identifier, e);
        }
        if (id == TenantRef.CONTROL.id()) {
            return TenantRef.CONTROL;
        }
        return find(id).orElseThrow(() -> new IllegalStateException("tenant " + id + " is not in the catalog"));
    }

    private static Optional<TenantRef> load(long tenantId) {
        String sql = "SELECT id, code, schema_name, placement, status, schema_version FROM control.tenant WHERE id = ?";
        try (Connection c = Placements.dataSource(Placements.MAIN).getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TenantRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("catalog lookup failed for tenant " + tenantId, e);
        }
    }
}
