package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One stored adoption of the cooperative in context, as {@link Adoptions} returns it: the pinned upstream versions
 * and the options, in their storage form.
 */
public record AdoptionRecord(int number, String planCode, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo,
                             List<UpstreamPin> upstream, AdoptionOptionsJson options, OffsetDateTime adoptedAt,
                             String adoptedBy) {

    public AdoptionRecord {
        upstream = List.copyOf(upstream);
    }

    /** Which published version of which owner's layer an adoption is pinned to. */
    public record UpstreamPin(long tenantId, String tenantCode, String level, int number) {
    }

    /** The options as stored: {@code {"familyExtensionOffered": true}}. */
    public record AdoptionOptionsJson(boolean familyExtensionOffered) {
    }
}
