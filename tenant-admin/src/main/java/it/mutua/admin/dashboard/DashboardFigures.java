package it.mutua.admin.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import it.mutua.admin.api.Figures;

/**
 * Turns the API's figures into what the dashboard shows: the tenant counts by kind (in the catalog's order, without
 * the kinds that cannot be below this level) and the other metrics, each with the translation key of its label.
 */
final class DashboardFigures {

    static final String TENANTS_PREFIX = "tenants.";
    static final List<String> KINDS = List.of("REGIONAL", "FEDERATION", "COOPERATIVE");

    /** A metric to show: its API name, its label key, its value. */
    record Metric(String name, String labelKey, BigDecimal value) {
    }

    private DashboardFigures() {
    }

    /** Tenant counts by kind, for the chart: only kinds the tenant's level can have below it. */
    static List<Metric> tenantsByKind(Figures figures, String ownKind) {
        List<Metric> result = new ArrayList<>();
        for (String kind : KINDS) {
            if (canBeBelow(ownKind, kind)) {
                result.add(new Metric(TENANTS_PREFIX + kind, "dashboard.kind." + kind, figures.value(TENANTS_PREFIX + kind)));
            }
        }
        return result;
    }

    /**
     * Every metric that is not a tenant count (members, and whatever later issues add), by name, as the total of the
     * tenant itself and everything below it.
     */
    static List<Metric> others(Figures figures) {
        java.util.Set<String> names = new java.util.TreeSet<>(figures.figures().keySet());
        names.addAll(figures.own().keySet());
        List<Metric> result = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(TENANTS_PREFIX)) {
                result.add(new Metric(name, "dashboard.metric." + name, figures.total(name)));
            }
        }
        result.sort((a, b) -> a.name().compareTo(b.name()));
        return result;
    }

    static boolean canBeBelow(String ownKind, String kind) {
        return switch (String.valueOf(ownKind)) {
            case "NATIONAL" -> true;
            case "REGIONAL", "FEDERATION" -> "COOPERATIVE".equals(kind);
            default -> false;
        };
    }
}
