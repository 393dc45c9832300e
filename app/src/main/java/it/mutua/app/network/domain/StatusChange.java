package it.mutua.app.network.domain;

import java.time.LocalDate;
import java.util.Objects;

/** From {@code effectiveFrom} on, the facility has {@code status}. {@code sequence} orders changes of one day. */
public record StatusChange(long sequence, FacilityStatus status, LocalDate effectiveFrom, String reason) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
