package it.mutua.app.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit events in the caller's transaction: the event exists if and only if the change it describes was
 * committed. Append-only: there is no update or delete.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    public void record(String actor, Long actorTenantId, String action, Long targetTenantId, String details) {
        em.createNativeQuery("INSERT INTO control.audit_event (actor, actor_tenant_id, action, target_tenant_id, details) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, actor).setParameter(2, actorTenantId).setParameter(3, action)
                .setParameter(4, targetTenantId).setParameter(5, details)
                .executeUpdate();
    }
}
