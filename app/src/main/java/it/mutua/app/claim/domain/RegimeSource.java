package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Optional;

import it.mutua.app.plan.domain.ProviderRegime;

/**
 * Port: under which regime a network facility served a member on a date (cooperative network, other network, or out
 * of network when it was suspended or outside its convenzione that day). Answered by the network feature; empty when
 * the reference names no facility of the member's network (national, plus the member's regional mutual), which the
 * claim form must not be allowed to claim as "network".
 */
public interface RegimeSource {

    Optional<ProviderRegime> regimeOf(String facilityRef, long memberTenantId, LocalDate date);
}
