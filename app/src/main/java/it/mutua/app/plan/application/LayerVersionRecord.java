package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stored version of the current tenant's layer of a plan, as {@link PlanLayers} returns it. The overlay stays in
 * its JSON form ({@link OverlayJson}) until a use case needs it.
 */
public record LayerVersionRecord(String planCode, int number, LocalDate effectiveFrom, Status status,
                                 String overlayJson, OffsetDateTime publishedAt, String publishedBy,
                                 OffsetDateTime createdAt) {

    public enum Status { DRAFT, PUBLISHED }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
