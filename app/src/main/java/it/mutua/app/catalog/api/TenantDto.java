package it.mutua.app.catalog.api;

import java.time.OffsetDateTime;

import it.mutua.app.catalog.domain.Tenant;

/** A tenant as the API shows it. Parent and federation are given by code, the way people name tenants. */
public record TenantDto(long id, String code, String kind, String name, String vatNumber, String region, String sector,
                        String parentCode, String federationCode, String path, String status, int schemaVersion,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static TenantDto of(Tenant t, String parentCode, String federationCode) {
        return new TenantDto(t.id(), t.code(), t.kind().name(), t.name(), t.vatNumber(), t.region(),
                t.sector() == null ? null : t.sector().name(), parentCode, federationCode, t.path(), t.status().name(),
                t.schemaVersion(), t.createdAt(), t.updatedAt());
    }
}
