package it.mutua.app.network.application;

import it.mutua.app.network.domain.Tariff;

/** A stored tariff with its id (unique within the owner's schema). */
public record TariffRecord(long id, Tariff tariff) {
}
