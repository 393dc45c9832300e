package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stored version of the current tenant's layer of a plan, as {@link PlanLayers} returns it. The overlay stays in
 * its JSON form ({@link OverlayJson}) until a use case needs it.
 */
public record LayerVersionRecord(String planCode, int number, LocalDate effectiveFrom, Status status,
                                 String overlayJson, OffsetDateTime publishedAt, String publishedBy,
                                 OffsetDateTime createdAt, java.util.List<String> builtOn) {

    public enum Status { DRAFT, PUBLISHED }

    /** {@code builtOn}: ids of the upstream versions a published version was checked against; empty if unknown. */
    public LayerVersionRecord {
        builtOn = builtOn == null ? java.util.List.of() : java.util.List.copyOf(builtOn);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
