package it.mutua.app.network.domain;

import it.mutua.app.kernel.RuleViolation;

/**
 * A point in WGS84 degrees. Coordinates are measurements, not money, so a double is the right type here; distances
 * are great-circle (haversine) on a sphere of the Earth's mean radius, good to a few metres at city scale.
 */
public record Coordinates(double latitude, double longitude) {

    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Length of one degree of latitude, in km. */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180.0;

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw RuleViolation.invalid("latitude", "network.coordinates.latitude", latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw RuleViolation.invalid("longitude", "network.coordinates.longitude", longitude);
        }
    }

    public double distanceKm(Coordinates other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The latitude/longitude box that contains every point within {@code radiusKm}: an index range prefilter, the
     * exact distance is checked afterwards. Longitude degrees shrink with the cosine of the latitude; the box uses
     * the latitude nearest the pole, so it is never too small.
     */
    public BoundingBox boxAround(double radiusKm) {
        double dLat = radiusKm / KM_PER_DEGREE;
        double widestLat = Math.min(89.9, Math.abs(latitude) + dLat);
        double dLon = Math.min(180, radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(widestLat))));
        return new BoundingBox(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }

    /** A latitude/longitude range. */
    public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

        public boolean contains(Coordinates p) {
            return p.latitude >= minLatitude && p.latitude <= maxLatitude
                    && p.longitude >= minLongitude && p.longitude <= maxLongitude;
        }
    }
}
