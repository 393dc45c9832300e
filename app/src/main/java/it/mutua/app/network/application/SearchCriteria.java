package it.mutua.app.network.application;

import java.time.LocalDate;
import java.util.List;

import it.mutua.app.network.domain.Coordinates;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;

/**
 * A validated search: every filter optional (null: no filter). {@code words} are search keys that must all occur in
 * the name; {@code point} with {@code radiusKm} limits to a circle; tariffs of {@code serviceCode} must be valid on
 * {@code onDate}; {@code status} null means any status.
 */
public record SearchCriteria(String regionCode, String provinceCode, String municipalityCode, FacilityType type,
                             String serviceCode, Boolean cooperativeProvider, List<String> words, Coordinates point,
                             double radiusKm, FacilityStatus status, LocalDate onDate, Sort sort, boolean descending) {

    /** Result order; ties are broken by id so pages never overlap. */
    public enum Sort { NAME, DISTANCE }

    public SearchCriteria {
        words = List.copyOf(words);
    }
}
