package it.mutua.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real federation's size (DESIGN §1, Nov 2025) and the proportions the generator spreads it with. The totals are
 * facts; the proportions (regions, sectors, family share, size skew) are plausible assumptions, named here so they
 * can be argued with in one place.
 */
public final class FederationShape {

    public static final String NATIONAL = "nazionale";
    public static final String LOMBARDY = "lombardia";
    public static final String LOMBARDY_REGION = "03";

    public static final int COOPERATIVES_LOMBARDY = 1_026;
    public static final int COOPERATIVES_NATIONAL = 3_368;
    public static final int PEOPLE_TOTAL = 400_000;
    public static final int PEOPLE_LOMBARDY = 72_000;
    public static final int FACILITIES_TOTAL = 4_866;
    public static final int FACILITIES_LOMBARDY = 1_225;
    /** Share of enrolled people who are a worker's family member rather than a worker. */
    public static final double FAMILY_SHARE = 0.15;
    /**
     * Spread of cooperative sizes (sigma of a log-normal): with 1.3 most cooperatives have a few dozen people and
     * the largest a few thousand, as in the real federation.
     */
    public static final double SIZE_SIGMA = 1.3;

    /** Sector federations by code, with the share of cooperatives in each (most are social cooperatives). */
    public static final Map<String, Double> FEDERATIONS = ordered("social", 0.62, "housing", 0.23, "community", 0.15);

    /**
     * Cooperatives directly under national, by ISTAT region code (Lombardy's belong to its regional mutual):
     * weights roughly follow where cooperatives are in Italy.
     */
    public static final Map<String, Double> REGIONS_UNDER_NATIONAL = ordered(
            "01", 6.0, "02", 0.4, "04", 2.5, "05", 7.0, "06", 2.0, "07", 2.5, "08", 12.0, "09", 7.0, "10", 2.0,
            "11", 3.0, "12", 10.0, "13", 2.5, "14", 0.7, "15", 9.0, "16", 9.0, "17", 1.2, "18", 4.0, "19", 11.0,
            "20", 4.0);

    private FederationShape() {
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
