package it.mutua.app.catalog.api;

import java.util.List;

/** Body of POST /api/regional-mutuals: the new mutual, and the cooperatives to move (a list, or all of the region). */
public record ConstituteRegionalRequest(String code, String name, String region, List<String> cooperatives,
                                        Boolean allCooperativesOfRegion) {
}
