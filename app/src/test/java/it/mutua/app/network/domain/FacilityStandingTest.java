package it.mutua.app.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.plan.domain.ProviderRegime;

class FacilityStandingTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static StatusHistory activeSince(LocalDate from) {
        return new StatusHistory(List.of(new StatusChange(1, FacilityStatus.ACTIVE, from, null)));
    }

    @Test
    void anActiveCooperativeProviderUnderContractIsCooperativeNetwork() {
        var f = new FacilityStanding(true, new Contract(JAN_1, null), activeSince(JAN_1));
        assertEquals(ProviderRegime.COOPERATIVE_NETWORK, f.regimeOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void anActiveOtherProviderUnderContractIsOtherNetwork() {
        var f = new FacilityStanding(false, new Contract(JAN_1, null), activeSince(JAN_1));
        assertEquals(ProviderRegime.OTHER_NETWORK, f.regimeOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aSuspendedFacilityIsOutOfNetworkOnlyWhileSuspended() {
        var history = new StatusHistory(List.of(new StatusChange(1, FacilityStatus.ACTIVE, JAN_1, null),
                new StatusChange(2, FacilityStatus.SUSPENDED, LocalDate.of(2026, 3, 1), "verifica"),
                new StatusChange(3, FacilityStatus.ACTIVE, LocalDate.of(2026, 4, 1), null)));
        var f = new FacilityStanding(true, new Contract(JAN_1, null), history);
        assertEquals(ProviderRegime.COOPERATIVE_NETWORK, f.regimeOn(LocalDate.of(2026, 2, 28)));
        assertEquals(ProviderRegime.OUT_OF_NETWORK, f.regimeOn(LocalDate.of(2026, 3, 1)));
        assertEquals(ProviderRegime.OUT_OF_NETWORK, f.regimeOn(LocalDate.of(2026, 3, 31)));
        assertEquals(ProviderRegime.COOPERATIVE_NETWORK, f.regimeOn(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void anEndedFacilityIsOutOfNetworkFromItsEndDate() {
        var history = new StatusHistory(List.of(new StatusChange(1, FacilityStatus.ACTIVE, JAN_1, null),
                new StatusChange(2, FacilityStatus.ENDED, LocalDate.of(2026, 5, 1), null)));
        var f = new FacilityStanding(false, new Contract(JAN_1, null), history);
        assertEquals(ProviderRegime.OTHER_NETWORK, f.regimeOn(LocalDate.of(2026, 4, 30)));
        assertEquals(ProviderRegime.OUT_OF_NETWORK, f.regimeOn(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void beforeItsFirstStatusAFacilityIsOutOfNetwork() {
        var f = new FacilityStanding(true, new Contract(JAN_1, null), activeSince(JAN_1));
        assertEquals(ProviderRegime.OUT_OF_NETWORK, f.regimeOn(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void outsideItsContractAnActiveFacilityIsOutOfNetwork() {
        var f = new FacilityStanding(true, new Contract(JAN_1, LocalDate.of(2026, 12, 31)), activeSince(JAN_1));
        assertEquals(ProviderRegime.COOPERATIVE_NETWORK, f.regimeOn(LocalDate.of(2026, 12, 31)), "last day included");
        assertEquals(ProviderRegime.OUT_OF_NETWORK, f.regimeOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void anUnknownFacilityIsOutOfNetwork() {
        assertEquals(ProviderRegime.OUT_OF_NETWORK, FacilityStanding.unknown());
    }
}
