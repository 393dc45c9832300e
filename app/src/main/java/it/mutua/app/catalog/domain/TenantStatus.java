package it.mutua.app.catalog.domain;

/** Lifecycle of a tenant. PROVISIONING exists for placements on another database, where creation takes two steps. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, ARCHIVED
}
