package it.mutua.app.network.application;

import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.FacilityStatus;

/** A stored facility of the schema in context: its global id, details and today's status. */
public record FacilityRecord(long id, FacilityDetails details, FacilityStatus status) {
}
