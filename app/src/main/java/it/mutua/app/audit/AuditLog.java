package it.mutua.app.audit;

import java.sql.PreparedStatement;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

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

    /** One audit event, for {@link #recordAll}. */
    public record Event(String actor, Long actorTenantId, String action, Long targetTenantId, String details) {
    }

    /**
     * Many events in one JDBC batch (one round trip), in the caller's transaction like {@link #record}: a bulk
     * operation audits each thing it changed without paying a statement per event.
     */
    public void recordAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO control.audit_event (actor, actor_tenant_id, "
                    + "action, target_tenant_id, details) VALUES (?, ?, ?, ?, ?)")) {
                for (Event e : events) {
                    ps.setString(1, e.actor());
                    ps.setObject(2, e.actorTenantId(), java.sql.Types.BIGINT);
                    ps.setString(3, e.action());
                    ps.setObject(4, e.targetTenantId(), java.sql.Types.BIGINT);
                    ps.setString(5, e.details());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
