package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.claim.domain.RegimeSource;
import it.mutua.app.network.application.RegimeQuery;
import it.mutua.app.plan.domain.ProviderRegime;

/**
 * The network feature's answer ({@link RegimeQuery}): a facility is looked up in the member's network only, and its
 * regime on the service date follows from its cooperative-provider flag, its convenzione and its status history.
 * What the claim form declares never decides a network regime; only out-of-network free-text providers and SSN
 * tickets are taken as declared (see {@link ClaimSubmission}).
 */
@ApplicationScoped
public class NetworkRegime implements RegimeSource {

    @Inject
    RegimeQuery network;

    @Override
    public Optional<ProviderRegime> regimeOf(String facilityRef, long memberTenantId, LocalDate date) {
        return network.find(facilityRef, memberTenantId).map(f -> network.regimeOf(f.id(), memberTenantId, date));
    }
}
