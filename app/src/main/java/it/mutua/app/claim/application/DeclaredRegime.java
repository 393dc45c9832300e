package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import it.mutua.app.claim.domain.RegimeSource;
import it.mutua.app.plan.domain.ProviderRegime;

/**
 * TEMPORARY adapter — TODO(network): replace with {@code it.mutua.app.network.application.RegimeQuery#regimeOf}
 * when the network feature lands. Until then the regime is the one declared on the claim line, checked by an officer
 * in review; a named facility without a declared regime counts as OTHER_NETWORK (the less generous network regime),
 * no facility as OUT_OF_NETWORK.
 */
@ApplicationScoped
public class DeclaredRegime implements RegimeSource {

    @Override
    public ProviderRegime regimeOf(Optional<String> facilityRef, long memberTenantId, LocalDate date,
                                   Optional<ProviderRegime> declared) {
        return declared.orElse(facilityRef.isPresent() ? ProviderRegime.OTHER_NETWORK : ProviderRegime.OUT_OF_NETWORK);
    }
}
