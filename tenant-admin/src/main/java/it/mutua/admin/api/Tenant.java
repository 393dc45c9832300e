package it.mutua.admin.api;

import java.time.OffsetDateTime;

/** A tenant (ente) as returned by {@code GET /api/tenants/{code}} and in children pages. */
public record Tenant(
        Long id,
        String code,
        String kind,
        String name,
        String vatNumber,
        String region,
        String sector,
        String parentCode,
        String federationCode,
        String path,
        String status,
        String schemaVersion,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
