package it.mutua.app.tenancy;

/**
 * What the persistence layer needs to know about a tenant: its id, the schema it lives in and the database it is
 * placed on. Loaded from the catalog by {@link TenantDirectory}.
 */
public record TenantRef(long id, String code, String schema, String placement, String status, int schemaVersion) {

    /** The pseudo-tenant used when no tenant is in context: catalog work on schema-qualified control tables. */
    static final TenantRef CONTROL = new TenantRef(0L, "control", "control", "main", "ACTIVE", Integer.MAX_VALUE);

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    String identifier() {
        return Long.toString(id);
    }
}
