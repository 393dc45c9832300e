package it.mutua.app.network.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.mutua.app.kernel.RuleViolation;

/** The tariffs of one facility: at most one price per service on any day. */
public record TariffSchedule(List<Tariff> tariffs) {

    public TariffSchedule {
        tariffs = List.copyOf(tariffs);
    }

    /** Refuses a tariff whose period overlaps another of the same service: which price applies would be ambiguous. */
    public void checkCanAdd(Tariff candidate) {
        for (Tariff t : tariffs) {
            if (t.overlaps(candidate)) {
                throw RuleViolation.conflict("network.tariff.overlap", candidate.serviceCode(),
                        t.validFrom() + " – " + (t.validTo() == null ? "…" : t.validTo()));
            }
        }
    }

    /** Whether the exact same tariff is already there (idempotent bulk loads skip it). */
    public boolean contains(Tariff candidate) {
        return tariffs.stream().anyMatch(t -> t.sameAs(candidate));
    }

    public Optional<Tariff> priceOn(String serviceCode, LocalDate date) {
        return tariffs.stream().filter(t -> t.serviceCode().equals(serviceCode) && t.validOn(date)).findFirst();
    }
}
