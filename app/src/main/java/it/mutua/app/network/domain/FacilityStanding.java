package it.mutua.app.network.domain;

import java.time.LocalDate;

import it.mutua.app.plan.domain.ProviderRegime;

/**
 * What the regime of a facility depends on: whether it is a cooperative provider, its convenzione and its status
 * history. Only facilities in the member's network (national, plus the member's own regional mutual's additions)
 * ever get here; anything else is out of network before this is asked.
 */
public record FacilityStanding(boolean cooperativeProvider, Contract contract, StatusHistory history) {

    /**
     * The regime on {@code date}: a facility active and under contract that day is in the network, as a cooperative
     * provider or another network provider; suspended, ended, not yet active or outside its convenzione, it is out of
     * network (the member still gets the out-of-network rules, never a refusal).
     */
    public ProviderRegime regimeOn(LocalDate date) {
        boolean active = history.statusOn(date).orElse(null) == FacilityStatus.ACTIVE;
        if (!active || !contract.covers(date)) {
            return ProviderRegime.OUT_OF_NETWORK;
        }
        return cooperativeProvider ? ProviderRegime.COOPERATIVE_NETWORK : ProviderRegime.OTHER_NETWORK;
    }

    /** The regime of a provider not found in the member's network. */
    public static ProviderRegime unknown() {
        return ProviderRegime.OUT_OF_NETWORK;
    }
}
