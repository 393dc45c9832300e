package it.mutua.app.plan.domain;

import java.util.Objects;

/**
 * Who owns a layer: its level, the owning tenant's code, and the name people see in provenance texts ("national",
 * "housing federation", "Lombardy").
 */
public record LayerRef(LayerLevel level, String tenantCode, String displayName) {

    public LayerRef {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(tenantCode, "tenantCode");
        Objects.requireNonNull(displayName, "displayName");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
