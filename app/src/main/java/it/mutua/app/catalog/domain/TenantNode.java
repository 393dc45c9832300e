package it.mutua.app.catalog.domain;

/** The part of a tenant the visibility rule looks at. */
public interface TenantNode {

    long id();

    TenantKind kind();

    /** Materialized territorial path, e.g. {@code /1/7/42/}: every ancestor's id, then the tenant's own. */
    String path();

    /** The federation a cooperative belongs to (sector axis); null for other kinds. */
    Long federationId();
}
