package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.List;
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
 * <p>
 * Answers are kept for {@link #TTL_MILLIS} per facility and network (the national registry plus the member's regional
 * one, so every cooperative of a region shares them), for every date at once: asking costs a transaction in each
 * network owner's schema, while the same facilities serve claim after claim, and a batch of claims spreads over the
 * whole year (keyed by tenant and date, a year of claims for 4,400 cooperatives missed almost every time). A status
 * change is dated (a suspension from a day, normally not in the past), and the cache forgets within 30 seconds
 * anyway; an officer reviewing a claim sees the regime it was judged on.
 */
@ApplicationScoped
public class NetworkRegime implements RegimeSource {

    static final long TTL_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 50_000;

    private record Key(String facilityRef, List<Long> networkOwners) {
    }

    @Inject
    RegimeQuery network;

    private final ShortLivedAnswers<Key, Optional<RegimeQuery.NetworkFacility>> answers =
            new ShortLivedAnswers<>(TTL_MILLIS, MAX_ENTRIES);

    @Override
    public Optional<ProviderRegime> regimeOf(String facilityRef, long memberTenantId, LocalDate date) {
        return answers.get(new Key(facilityRef, network.networkOwners(memberTenantId)),
                () -> network.inNetwork(facilityRef, memberTenantId)).map(f -> f.regimeOn(date));
    }
}
