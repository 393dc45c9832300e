package it.mutua.admin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.Figures;

class DashboardFiguresTest {

    private static final Figures NATIONAL = new Figures("nazionale", Map.of("tenants.REGIONAL", BigDecimal.ONE,
            "tenants.FEDERATION", new BigDecimal(3), "tenants.COOPERATIVE", BigDecimal.TEN, "members", new BigDecimal(70)),
            Map.of());

    @Test
    void theNationalOfficeChartsEveryKindBelowIt() {
        assertEquals(List.of("tenants.REGIONAL", "tenants.FEDERATION", "tenants.COOPERATIVE"),
                DashboardFigures.tenantsByKind(NATIONAL, "NATIONAL").stream().map(DashboardFigures.Metric::name).toList());
    }

    @Test
    void aRegionOrAFederationHasOnlyCooperativesBelowAndACooperativeNothing() {
        assertEquals(List.of("tenants.COOPERATIVE"),
                DashboardFigures.tenantsByKind(NATIONAL, "REGIONAL").stream().map(DashboardFigures.Metric::name).toList());
        assertEquals(1, DashboardFigures.tenantsByKind(NATIONAL, "FEDERATION").size());
        assertEquals(List.of(), DashboardFigures.tenantsByKind(NATIONAL, "COOPERATIVE"));
    }

    @Test
    void otherMetricsAddTheTenantsOwnRowToWhatIsBelowIt() {
        Figures cooperative = new Figures("coop", Map.of("tenants.COOPERATIVE", BigDecimal.ZERO),
                Map.of("members", new BigDecimal(12)));
        List<DashboardFigures.Metric> others = DashboardFigures.others(cooperative);
        assertEquals(1, others.size());
        assertEquals("members", others.get(0).name());
        assertEquals(new BigDecimal(12), others.get(0).value());
        assertEquals("dashboard.metric.members", others.get(0).labelKey());
        assertEquals(new BigDecimal(70), DashboardFigures.others(NATIONAL).get(0).value());
    }

    @Test
    void aMissingFigureCountsAsZero() {
        Figures empty = new Figures("x", null, null);
        assertEquals(BigDecimal.ZERO, empty.value("tenants.COOPERATIVE"));
        assertEquals(BigDecimal.ZERO, empty.total("members"));
    }
}
