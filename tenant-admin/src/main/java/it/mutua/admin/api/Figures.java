package it.mutua.admin.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Answer of {@code GET /api/tenants/{code}/figures}: the reporting projection's figures by metric
 * ({@code tenants.COOPERATIVE}, {@code members}, …) of the tenants below ({@code figures}) and of the tenant itself
 * ({@code own}). Numbers are exact decimals as the API sends them.
 */
public record Figures(String tenant, Map<String, BigDecimal> figures, Map<String, BigDecimal> own) {

    public Figures {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
        own = own == null ? Map.of() : Map.copyOf(own);
    }

    /** The figure of the tenants below, or zero when the projection has none for that metric yet. */
    public BigDecimal value(String metric) {
        return figures.getOrDefault(metric, BigDecimal.ZERO);
    }

    /** The figure of the tenant and everything below it (e.g. all members: the cooperative's own and its children's). */
    public BigDecimal total(String metric) {
        return value(metric).add(own.getOrDefault(metric, BigDecimal.ZERO));
    }
}
