package it.mutua.app.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;

class CoordinatesTest {

    private static final Coordinates MILANO = new Coordinates(45.4642, 9.1900);
    private static final Coordinates BERGAMO = new Coordinates(45.6983, 9.6773);

    @Test
    void theHaversineDistanceBetweenTheCentresOfMilanAndBergamoIsAboutFortySixKilometres() {
        assertEquals(46.0, MILANO.distanceKm(BERGAMO), 0.1);
        assertEquals(0.0, MILANO.distanceKm(MILANO), 1e-9);
    }

    @Test
    void theBoundingBoxContainsEveryPointWithinTheRadius() {
        var box = MILANO.boxAround(50);
        assertTrue(box.contains(BERGAMO));
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double rad = Math.toRadians(bearing);
            double dLat = 49.9 / Coordinates.KM_PER_DEGREE * Math.cos(rad);
            double dLon = 49.9 / (Coordinates.KM_PER_DEGREE * Math.cos(Math.toRadians(45.4642))) * Math.sin(rad);
            var p = new Coordinates(MILANO.latitude() + dLat, MILANO.longitude() + dLon);
            if (MILANO.distanceKm(p) <= 50) {
                assertTrue(box.contains(p), "bearing " + bearing);
            }
        }
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertEquals("network.coordinates.latitude",
                assertThrows(RuleViolation.class, () -> new Coordinates(91, 9)).code());
        assertEquals("network.coordinates.longitude",
                assertThrows(RuleViolation.class, () -> new Coordinates(45, Double.NaN)).code());
    }
}
