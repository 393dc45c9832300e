package it.mutua.app.network.application;

import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;

/** One search result as read from a schema; {@code distanceKm} only when searching around a point. */
public record FacilityHit(long id, String name, String nameKey, FacilityType type, String legalEntity,
                          String address, String municipalityCode, String provinceCode, String regionCode,
                          double latitude, double longitude, boolean cooperativeProvider, FacilityStatus status,
                          Double distanceKm) {
}
