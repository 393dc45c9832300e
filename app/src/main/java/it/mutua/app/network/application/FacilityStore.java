package it.mutua.app.network.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.StatusChange;
import it.mutua.app.network.domain.Tariff;

/** The facility tables of the tenant in context (implemented in {@code network.persistence}). */
public interface FacilityStore {

    /** A new facility to insert with its first status (ACTIVE from the start of its convenzione). */
    record NewFacility(long id, FacilityDetails details, List<Tariff> tariffs) {
    }

    /** {@code count} fresh ids from the global facility sequence (ADR 0011). */
    List<Long> nextIds(int count);

    /** Inserts facilities, their first status and their tariffs, in batches. */
    void insertAll(List<NewFacility> facilities, String by);

    void update(long id, FacilityDetails details);

    Optional<FacilityRecord> find(long id);

    /** The facility, its row locked until commit: tariff and status changes of one facility are serialised. */
    Optional<FacilityRecord> lock(long id);

    Optional<Long> idOf(String vatNumber, String addressKey);

    /** Every facility of the schema (bulk loads match their lines against them). */
    List<FacilityRecord> all();

    List<StatusChange> history(long id);

    /** Records a status change and recomputes today's status from the history. */
    void addStatus(long id, FacilityStatus status, LocalDate effectiveFrom, String reason, String by);

    List<TariffRecord> tariffs(long facilityId);

    /** Tariffs of many facilities at once, by facility id. */
    Map<Long, List<TariffRecord>> tariffs(List<Long> facilityIds);

    TariffRecord addTariff(long facilityId, Tariff tariff, String by);

    void addTariffs(Map<Long, List<Tariff>> tariffs, String by);

    void closeTariff(long facilityId, long tariffId, LocalDate validTo);

    /** The first {@code limit} matches in the criteria's order, and the number of all matches. */
    SearchPage search(SearchCriteria criteria, int limit);

    long count();
}
