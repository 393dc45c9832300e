package it.mutua.app.reporting.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


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

    public void add(FigureScope tenant, String metric, BigDecimal delta) {
        em.createNativeQuery("INSERT INTO reporting.tenant_figure (tenant_id, tenant_path, federation_id, metric, value) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, metric) DO UPDATE "
                        + "SET value = reporting.tenant_figure.value + EXCLUDED.value, tenant_path = EXCLUDED.tenant_path, "
                        + "updated_at = now()")
                .setParameter(1, tenant.tenantId()).setParameter(2, tenant.path()).setParameter(3, tenant.federationId())
                .setParameter(4, metric).setParameter(5, delta)
                .executeUpdate();
    }

    /**
     * Several figures of one tenant in one statement (a multi-row upsert). The map is sorted so every caller takes
     * the rows' locks in the same order (by metric): two transactions adding to the same figures queue, never wait on
     * each other in a cycle.
     */
    public void addAll(FigureScope tenant, SortedMap<String, BigDecimal> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        var values = new StringBuilder();
        int n = 0;
        for (int i = 0; i < deltas.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(?").append(++n).append(", ?").append(++n).append(", ?")
                    .append(++n).append(", ?").append(++n).append(", ?").append(++n).append(')');
        }
        var query = em.createNativeQuery("INSERT INTO reporting.tenant_figure (tenant_id, tenant_path, federation_id, "
                + "metric, value) VALUES " + values + " ON CONFLICT (tenant_id, metric) DO UPDATE "
                + "SET value = reporting.tenant_figure.value + EXCLUDED.value, tenant_path = EXCLUDED.tenant_path, "
                + "updated_at = now()");
        int p = 0;
        for (var delta : deltas.entrySet()) {
            query.setParameter(++p, tenant.tenantId()).setParameter(++p, tenant.path())
                    .setParameter(++p, tenant.federationId()).setParameter(++p, delta.getKey())
                    .setParameter(++p, delta.getValue());
        }
        query.executeUpdate();
    }

    /** A new tenant counts itself once, under its kind (e.g. {@code tenants.COOPERATIVE}). */
    public void tenantCreated(FigureScope tenant, String kind) {
        add(tenant, TENANTS + kind, BigDecimal.ONE);
    }

    /** Counts read as counts (10, not 10.00); sums of money keep their cents. */
    private static BigDecimal plain(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value;
    }

    /** After a move the tenant's rows follow its new path, so the new parent's sums include it at once. */
    public void repath(Collection<FigureScope> moved) {
        for (FigureScope t : moved) {
            em.createNativeQuery("UPDATE reporting.tenant_figure SET tenant_path = ?1, updated_at = now() WHERE tenant_id = ?2")
                    .setParameter(1, t.path()).setParameter(2, t.tenantId()).executeUpdate();
        }
    }

    /**
     * The tenant's own row: what it counts itself (its members, for a cooperative), without anything below it. The
     * count of itself by kind is left out: "how many tenants" means tenants below.
     */
    public Map<String, BigDecimal> own(FigureScope tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT metric, value FROM reporting.tenant_figure "
                        + "WHERE tenant_id = ?1 AND metric NOT LIKE 'tenants.%' ORDER BY metric")
                .setParameter(1, tenant.tenantId()).getResultList();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Object[] row : rows) {
            figures.put((String) row[0], plain(new BigDecimal(row[1].toString())));
        }
        return figures;
    }

    /**
     * Figures of everything below {@code tenant}: its territorial subtree, or with {@code sectorAxis} the
     * cooperatives of a federation; the tenant's own row excluded. One query, whatever the number of tenants.
     */
    public Map<String, BigDecimal> below(FigureScope tenant, boolean sectorAxis) {
        boolean federation = sectorAxis;
        var query = em.createNativeQuery("SELECT metric, sum(value) FROM reporting.tenant_figure WHERE "
                + (federation ? "federation_id = ?1" : "tenant_path LIKE ?2 AND tenant_id <> ?1")
                + " GROUP BY metric ORDER BY metric");
        query.setParameter(1, tenant.tenantId());
        if (!federation) {
            query.setParameter(2, tenant.path() + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Object[] row : rows) {
            figures.put((String) row[0], plain(new BigDecimal(row[1].toString())));
        }
        return figures;
    }
}
