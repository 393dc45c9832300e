package it.mutua.app.reporting.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmployerViewTest {

    @Test
    void anEmployerSeesTheTotalClaimCountButNoAmountOrAreaOfItsWorkersClaims() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("members", new BigDecimal("12"));
        figures.put("claims.count", new BigDecimal("5"));
        figures.put("claims.requested.2026.DENTAL", new BigDecimal("840.00"));
        figures.put("claims.paid.2026.DENTAL", new BigDecimal("600.00"));

        Map<String, BigDecimal> visible = EmployerView.of(figures);

        assertEquals(Map.of("members", new BigDecimal("12"), "claims.count", new BigDecimal("5")), visible);
    }

    @Test
    void figuresWithoutClaimsPassThroughUnchangedAndInOrder() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("tenants.COOPERATIVE", BigDecimal.ONE);
        figures.put("enrolled", BigDecimal.TEN);

        assertEquals(figures.keySet().stream().toList(), EmployerView.of(figures).keySet().stream().toList());
    }
}
