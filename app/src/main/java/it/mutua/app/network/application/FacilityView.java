package it.mutua.app.network.application;

import java.util.List;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.network.domain.StatusChange;

/** A facility as shown to a reader: its owner (national or a regional mutual), details, status history, tariffs. */
public record FacilityView(Tenant owner, FacilityRecord facility, List<StatusChange> history,
                           List<TariffRecord> tariffs) {
}
