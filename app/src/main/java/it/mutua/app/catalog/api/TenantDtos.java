package it.mutua.app.catalog.api;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;

/** Builds DTOs, resolving parent and federation ids to codes once per request. */
@RequestScoped
class TenantDtos {

    @Inject
    TenantRepository tenants;

    private final Map<Long, String> codes = new HashMap<>();

    TenantDto of(Tenant t) {
        return TenantDto.of(t, code(t.parentId()), code(t.federationId()));
    }

    private String code(Long id) {
        if (id == null) {
            return null;
        }
        return codes.computeIfAbsent(id, k -> tenants.findById(k).map(Tenant::code).orElse(null));
    }
}
