package it.mutua.app.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import it.mutua.migrations.TenantChangelog;
import it.mutua.migrations.TenantSchemas;

/**
 * Creates a new tenant's schema inside the caller's JTA transaction. Because PostgreSQL DDL is transactional and the
 * catalog row is written in the same transaction, a tenant is created whole or not at all: a crash at any point
 * leaves neither an ACTIVE row with half a schema nor an orphan schema (ADR 0002).
 */
@ApplicationScoped
public class SchemaInstaller {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    /** The schema version a new tenant gets: every changeSet of the tenant changelog. */
    public int targetVersion() {
        return TenantChangelog.load().targetVersion();
    }

    public int install(long tenantId, String tenantCode, String schemaName) {
        int[] version = new int[1];
        em.unwrap(Session.class).doWork(connection ->
                version[0] = TenantSchemas.create(connection, tenantId, tenantCode, schemaName));
        return version[0];
    }
}
