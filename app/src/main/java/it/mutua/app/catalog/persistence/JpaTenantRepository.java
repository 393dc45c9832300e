package it.mutua.app.catalog.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;

/**
 * Every call joins the caller's transaction or starts one: an EntityManager used outside a JTA transaction would
 * take a connection under Liberty's local transaction containment, which the multi-tenant connection provider must
 * never see.
 */
@ApplicationScoped
@Transactional
public class JpaTenantRepository implements TenantRepository {

    /** Sort keys a client may ask for, mapped to entity attributes (never concatenating client text into JPQL). */
    private static final Map<String, String> SORTS = Map.of("name", "t.name", "code", "t.code",
            "createdAt", "t.createdAt", "kind", "t.kind");

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('control.tenant_id_seq')").getSingleResult()).longValue();
    }

    @Override
    public Optional<Tenant> findByCode(String code) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.code = :code", Tenant.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Tenant> findById(long id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public Optional<Tenant> national() {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.kind = :k", Tenant.class)
                .setParameter("k", TenantKind.NATIONAL).getResultStream().findFirst();
    }

    @Override
    public Optional<Tenant> findByVatNumber(String vatNumber) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.vatNumber = :v", Tenant.class)
                .setParameter("v", vatNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<Tenant> regionalOf(String region) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.kind = :k AND t.region = :r", Tenant.class)
                .setParameter("k", TenantKind.REGIONAL).setParameter("r", region).getResultStream().findFirst();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
    }

    @Override
    public List<Tenant> children(Tenant parent, TenantKind kind, String region, String text, String sort,
                                 boolean descending, int offset, int limit) {
        String order = SORTS.getOrDefault(sort, "t.name") + (descending ? " DESC" : " ASC") + ", t.id";
        TypedQuery<Tenant> q = em.createQuery("SELECT t FROM Tenant t WHERE " + where(parent, kind, region, text)
                + " ORDER BY " + order, Tenant.class);
        bind(q, parent, kind, region, text);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countChildren(Tenant parent, TenantKind kind, String region, String text) {
        TypedQuery<Long> q = em.createQuery("SELECT count(t) FROM Tenant t WHERE " + where(parent, kind, region, text),
                Long.class);
        bind(q, parent, kind, region, text);
        return q.getSingleResult();
    }

    @Override
    public List<Tenant> cooperativesDirectlyUnderInRegion(Tenant parent, String region) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.parentId = :p AND t.kind = :k AND t.region = :r "
                        + "ORDER BY t.id", Tenant.class)
                .setParameter("p", parent.id()).setParameter("k", TenantKind.COOPERATIVE).setParameter("r", region)
                .getResultList();
    }

    @Override
    public List<Tenant> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Tenant t WHERE t.code IN :codes ORDER BY t.id", Tenant.class)
                .setParameter("codes", codes).getResultList();
    }

    private static String where(Tenant parent, TenantKind kind, String region, String text) {
        String axis = parent.kind() == TenantKind.FEDERATION ? "t.federationId = :p" : "t.parentId = :p";
        return axis + (kind == null ? "" : " AND t.kind = :kind") + (region == null ? "" : " AND t.region = :region")
                + (text == null ? "" : " AND (lower(t.name) LIKE :text OR t.code LIKE :text OR t.vatNumber = :exact)");
    }

    private static void bind(TypedQuery<?> q, Tenant parent, TenantKind kind, String region, String text) {
        q.setParameter("p", parent.id());
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (region != null) {
            q.setParameter("region", region);
        }
        if (text != null) {
            String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%");
            q.setParameter("exact", text);
        }
    }
}
