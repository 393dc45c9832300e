package it.mutua.admin.api;

import java.util.List;

/**
 * Body of {@code POST /api/regional-mutuals}: the new mutual and either the chosen cooperatives or all the cooperatives
 * of its region ({@code allCooperativesOfRegion}).
 */
public record NewRegionalMutual(String code, String name, String region, List<String> cooperatives,
                                Boolean allCooperativesOfRegion) {
}
