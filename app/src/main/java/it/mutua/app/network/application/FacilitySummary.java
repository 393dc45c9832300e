package it.mutua.app.network.application;

import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;

/**
 * A facility as claims need it: its id (global, ADR 0011), names, partita IVA, type, whether it is a cooperative
 * provider, today's status, and who owns it ({@code regionalAddition} when a regional mutual added it).
 */
public record FacilitySummary(long id, String name, String legalEntity, String vatNumber, FacilityType type,
                              boolean cooperativeProvider, FacilityStatus status, String municipalityCode,
                              long ownerTenantId, String ownerTenantCode, boolean regionalAddition) {
}
