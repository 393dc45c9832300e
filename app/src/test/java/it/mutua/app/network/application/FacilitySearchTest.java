package it.mutua.app.network.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;

class FacilitySearchTest {

    static FacilitySearch.Query query(String region, String text, Double lat, Double lon, String sort) {
        return new FacilitySearch.Query(region, null, null, null, null, null, text, lat, lon, null, null, sort, false,
                0, 20);
    }

    @Test
    void textIsSplitIntoAccentFreeWords() {
        var c = FacilitySearch.criteria(query(null, "  Cantù  S.Anna ", null, null, null));
        assertEquals(List.of("cantu", "s", "anna"), c.words());
        assertEquals(SearchCriteria.Sort.NAME, c.sort());
        assertEquals(FacilityStatus.ACTIVE, c.status(), "active facilities by default");
    }

    @Test
    void aPointSortsByDistanceByDefaultAndDistanceNeedsAPoint() {
        assertEquals(SearchCriteria.Sort.DISTANCE, FacilitySearch.criteria(query(null, null, 45.7, 9.67, null)).sort());
        assertEquals("network.search.distanceNeedsPoint", assertThrows(RuleViolation.class,
                () -> FacilitySearch.criteria(query(null, null, null, null, "distance"))).code());
        assertEquals("network.coordinates.required", assertThrows(RuleViolation.class,
                () -> FacilitySearch.criteria(query(null, null, 45.7, null, null))).code());
    }

    @Test
    void anUnknownRegionIsUnprocessableAndASingleDigitRegionIsPadded() {
        assertEquals("03", FacilitySearch.criteria(query("3", null, null, null, null)).regionCode());
        assertEquals("network.place.unknownRegion", assertThrows(RuleViolation.class,
                () -> FacilitySearch.criteria(query("21", null, null, null, null))).code());
    }

    @Test
    void statusAnyLiftsTheStatusFilter() {
        var q = new FacilitySearch.Query(null, null, null, null, null, null, null, null, null, null, "any", null,
                false, 0, 20);
        assertNull(FacilitySearch.criteria(q).status());
    }

    @Test
    void mergingTwoSchemasKeepsNameThenIdOrder() {
        var c = FacilitySearch.criteria(query(null, null, null, null, "name"));
        List<FacilitySearch.OwnedHit> hits = new ArrayList<>(List.of(hit(5, "b"), hit(2, "a"), hit(1, "b"), hit(9, "a b")));
        hits.sort(FacilitySearch.order(c));
        assertEquals(List.of(2L, 9L, 1L, 5L), hits.stream().map(h -> h.hit().id()).toList());
    }

    static FacilitySearch.OwnedHit hit(long id, String key) {
        return new FacilitySearch.OwnedHit(new FacilityHit(id, key, key, FacilityType.CLINIC, "x", "y", "017029", "017",
                "03", 45, 10, false, FacilityStatus.ACTIVE, null), null);
    }
}
