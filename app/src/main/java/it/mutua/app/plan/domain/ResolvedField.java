package it.mutua.app.plan.domain;

import java.util.Objects;
import java.util.Optional;

/** One value of an effective plan, with where it came from and, if locked, which layer locked it. */
public record ResolvedField(String path, Object value, Provenance provenance, Optional<LayerRef> lockedBy) {

    public ResolvedField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(lockedBy, "lockedBy");
    }

    public FieldRule rule() {
        return lockedBy.isPresent() ? FieldRule.LOCKED : PlanPaths.naturalRule(path);
    }
}
