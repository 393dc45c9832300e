package it.mutua.app.tenancy;

import java.util.OptionalInt;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import it.mutua.migrations.SpareSchemas;
import it.mutua.migrations.TenantChangelog;
import it.mutua.migrations.TenantSchemas;

/**
 * Creates a new tenant's schema inside the caller's JTA transaction. Because PostgreSQL DDL is transactional and the
 * catalog row is written in the same transaction, a tenant is created whole or not at all: a crash at any point
 * leaves neither an ACTIVE row with half a schema nor an orphan schema (ADR 0002).
 *
 * <p>The schema is a spare made ahead of time and renamed, when one is ready; otherwise the rendered DDL runs here
 * (ADR 0019). Either way the pool is asked to refill once the transaction is over, outside the request's work.
 */
@ApplicationScoped
public class SchemaInstaller {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;
    @Inject
    SparePool spares;
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** The schema version a new tenant gets: every changeSet of the tenant changelog. */
    public int targetVersion() {
        return TenantChangelog.load().targetVersion();
    }

    public int install(long tenantId, String tenantCode, String schemaName) {
        int[] version = new int[1];
        TenantChangelog changelog = TenantChangelog.load();
        em.unwrap(Session.class).doWork(connection -> {
            OptionalInt claimed = spares.enabled()
                    ? SpareSchemas.claim(connection, tenantId, tenantCode, schemaName, changelog)
                    : OptionalInt.empty();
            version[0] = claimed.isPresent() ? claimed.getAsInt()
                    : TenantSchemas.create(connection, tenantId, tenantCode, schemaName, changelog);
        });
        refillAfterCompletion();
        return version[0];
    }

    /** Starts filling the spare pool in the background; returns at once (start-up does not wait for it). */
    public void prepareSpares() {
        spares.refillSoon();
    }

    private void refillAfterCompletion() {
        if (!spares.enabled()) {
            return;
        }
        // after, not now: until the claim commits, the claimed spare still counts as ready for the refill's count
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    spares.refillSoon();
                }
            }
        });
    }
}
