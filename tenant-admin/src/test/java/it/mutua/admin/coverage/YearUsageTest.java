package it.mutua.admin.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.MyClaimsApi;

class YearUsageTest {

    private static MyClaimsApi.Claim claim(String status, String benefit, LocalDate day, String approved) {
        MyClaimsApi.Line line = new MyClaimsApi.Line(1, benefit, null, "Centro", "OUT_OF_NETWORK", day, "100.00", "F1",
                day, approved, approved, "0.00", List.of());
        return new MyClaimsApi.Claim(1, status, "X", "P", "100.00", approved, approved, null, null, List.of(line), List.of());
    }

    @Test
    void onlyClaimsDecidedInFavourWithAServiceDateInTheYearCount() {
        Map<String, BigDecimal> sums = YearUsage.approvedByBenefit(List.of(
                claim("APPROVED", "VISITS", LocalDate.of(2026, 3, 1), "60.00"),
                claim("PAID", "VISITS", LocalDate.of(2026, 5, 1), "30.50"),
                claim("REJECTED", "VISITS", LocalDate.of(2026, 5, 1), "0.00"),
                claim("IN_REVIEW", "DENTAL", LocalDate.of(2026, 5, 1), "500.00"),
                claim("APPROVED", "VISITS", LocalDate.of(2025, 12, 31), "70.00")), 2026);
        assertEquals(Map.of("VISITS", new BigDecimal("90.50")), sums);
    }
}
