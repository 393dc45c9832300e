package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import it.mutua.app.network.application.RegimeQuery;
import it.mutua.app.network.domain.Contract;
import it.mutua.app.network.domain.FacilityStanding;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.StatusChange;
import it.mutua.app.network.domain.StatusHistory;
import it.mutua.app.plan.domain.ProviderRegime;

class NetworkRegimeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final long LOMBARD_COOP = 501;
    private static final long OTHER_LOMBARD_COOP = 502;
    private static final long SICILIAN_COOP = 601;

    /** Facility 77, suspended in March, in the network of every cooperative; counts its registry reads. */
    private static final class Registry extends RegimeQuery {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<NetworkFacility> inNetwork(String facilityRef, long memberTenantId) {
            reads.incrementAndGet();
            if (!"77".equals(facilityRef)) {
                return Optional.empty();
            }
            var history = new StatusHistory(List.of(new StatusChange(1, FacilityStatus.ACTIVE, JAN_1, null),
                    new StatusChange(2, FacilityStatus.SUSPENDED, LocalDate.of(2026, 3, 1), "verifica"),
                    new StatusChange(3, FacilityStatus.ACTIVE, LocalDate.of(2026, 4, 1), null)));
            return Optional.of(new NetworkFacility(null, new FacilityStanding(true, new Contract(JAN_1, null), history)));
        }

        @Override
        public List<Long> networkOwners(long memberTenantId) {
            return memberTenantId == SICILIAN_COOP ? List.of(1L, 19L) : List.of(1L, 3L);
        }
    }

    private static NetworkRegime regimeWith(Registry registry) {
        NetworkRegime regime = new NetworkRegime();
        regime.network = registry;
        return regime;
    }

    @Test
    void aFacilityIsReadOnceForEveryDateOfTheYearAndTheRegimeStillFollowsItsStatusOnEachDate() {
        Registry registry = new Registry();
        NetworkRegime regime = regimeWith(registry);

        assertEquals(Optional.of(ProviderRegime.COOPERATIVE_NETWORK), regime.regimeOf("77", LOMBARD_COOP, LocalDate.of(2026, 2, 10)));
        assertEquals(Optional.of(ProviderRegime.OUT_OF_NETWORK), regime.regimeOf("77", LOMBARD_COOP, LocalDate.of(2026, 3, 15)));
        assertEquals(Optional.of(ProviderRegime.COOPERATIVE_NETWORK), regime.regimeOf("77", LOMBARD_COOP, LocalDate.of(2026, 9, 1)));
        assertEquals(1, registry.reads.get());
    }

    @Test
    void cooperativesWithTheSameNetworkShareTheAnswerAndAnotherRegionsCooperativeAsksAgain() {
        Registry registry = new Registry();
        NetworkRegime regime = regimeWith(registry);

        regime.regimeOf("77", LOMBARD_COOP, LocalDate.of(2026, 2, 10));
        regime.regimeOf("77", OTHER_LOMBARD_COOP, LocalDate.of(2026, 5, 10));
        assertEquals(1, registry.reads.get());
        regime.regimeOf("77", SICILIAN_COOP, LocalDate.of(2026, 5, 10));
        assertEquals(2, registry.reads.get());
    }

    @Test
    void aFacilityOutsideTheMembersNetworkHasNoRegime() {
        NetworkRegime regime = regimeWith(new Registry());
        assertTrue(regime.regimeOf("12345", LOMBARD_COOP, LocalDate.of(2026, 2, 10)).isEmpty());
    }
}
