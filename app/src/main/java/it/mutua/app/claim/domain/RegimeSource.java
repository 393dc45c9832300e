package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Optional;

import it.mutua.app.plan.domain.ProviderRegime;

/**
 * Port: under which regime a facility served a member on a date (cooperative network, other network, out of
 * network). Answered by the network feature; {@code declared} is what the claim form says, which an adapter without
 * a facility registry falls back to (and an officer checks in review).
 */
public interface RegimeSource {

    ProviderRegime regimeOf(Optional<String> facilityRef, long memberTenantId, LocalDate date,
                            Optional<ProviderRegime> declared);
}
