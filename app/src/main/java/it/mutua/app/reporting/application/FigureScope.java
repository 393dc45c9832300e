package it.mutua.app.reporting.application;

/**
 * Where a figure belongs: the tenant, its territorial path (for subtree sums) and, for cooperatives, its federation
 * (for the sector axis). Reporting's own type, so reporting depends on no feature package.
 */
public record FigureScope(long tenantId, String path, Long federationId) {
}
