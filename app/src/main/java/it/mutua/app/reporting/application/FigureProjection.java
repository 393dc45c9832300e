package it.mutua.app.reporting.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantNode;

/**
 * Keeps {@code reporting.tenant_figure} current. Every call runs in the caller's transaction: the figure changes
 * exactly when the fact it counts changes.
 */
@ApplicationScoped
public class FigureProjection {

    /** Metric prefix for "how many tenants of kind X": each tenant counts itself once on its own row. */
    public static final String TENANTS = "tenants.";

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    public void add(TenantNode tenant, String metric, BigDecimal delta) {
        em.createNativeQuery("INSERT INTO reporting.tenant_figure (tenant_id, tenant_path, federation_id, metric, value) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, metric) DO UPDATE "
                        + "SET value = reporting.tenant_figure.value + EXCLUDED.value, tenant_path = EXCLUDED.tenant_path, "
                        + "updated_at = now()")
                .setParameter(1, tenant.id()).setParameter(2, tenant.path()).setParameter(3, tenant.federationId())
                .setParameter(4, metric).setParameter(5, delta)
                .executeUpdate();
    }

    public void tenantCreated(TenantNode tenant) {
        add(tenant, TENANTS + tenant.kind().name(), BigDecimal.ONE);
    }

    /** Counts read as counts (10, not 10.00); sums of money keep their cents. */
    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value;
    }

    /** After a move the tenant's rows follow its new path, so the new parent's sums include it at once. */
    public void repath(Collection<? extends TenantNode> moved) {
        for (TenantNode t : moved) {
            em.createNativeQuery("UPDATE reporting.tenant_figure SET tenant_path = ?1, updated_at = now() WHERE tenant_id = ?2")
                    .setParameter(1, t.path()).setParameter(2, t.id()).executeUpdate();
        }
    }

    /**
     * Figures of everything below {@code tenant} (territorial subtree, or a federation's cooperatives), the tenant's
     * own row excluded for tenant counts. One query, whatever the number of tenants.
     */
    public Map<String, BigDecimal> below(TenantNode tenant) {
        boolean federation = tenant.kind() == TenantKind.FEDERATION;
        var query = em.createNativeQuery("SELECT metric, sum(value) FROM reporting.tenant_figure WHERE "
                + (federation ? "federation_id = ?1" : "tenant_path LIKE ?2 AND tenant_id <> ?1")
                + " GROUP BY metric ORDER BY metric");
        query.setParameter(1, tenant.id());
        if (!federation) {
            query.setParameter(2, tenant.path() + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (TenantKind k : TenantKind.values()) {
            if (k != TenantKind.NATIONAL) {
                figures.put(TENANTS + k.name(), BigDecimal.ZERO);
            }
        }
        for (Object[] row : rows) {
            figures.put((String) row[0], plain(new BigDecimal(row[1].toString())));
        }
        return figures;
    }
}
