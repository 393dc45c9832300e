package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.reporting.application.FigureScope;

/** Claim figures: summed per cooperative, one upsert per cooperative, rows always in the same order. */
class ClaimFiguresTest {

    private final List<Map.Entry<Long, SortedMap<String, BigDecimal>>> upserts = new ArrayList<>();
    private final ClaimFigures figures = new ClaimFigures() {
        @Override
        FigureScope scopeOf(long tenantId) {
            return new FigureScope(tenantId, "/1/" + tenantId + "/", null);
        }
    };

    @BeforeEach
    void fakes() {
        figures.figures = new FigureProjection() {
            @Override
            public void addAll(FigureScope tenant, SortedMap<String, BigDecimal> deltas) {
                upserts.add(Map.entry(tenant.tenantId(), new TreeMap<>(deltas)));
            }
        };
    }

    private static Claim claim(long tenant, String... invoiced) {
        var lines = new ArrayList<ClaimLine>();
        for (int i = 0; i < invoiced.length; i++) {
            Money amount = new Money(new BigDecimal(invoiced[i]));
            lines.add(new ClaimLine(0, i + 1, "SPECIALIST_VISITS", i == 0 ? "SPECIALIST_VISITS" : "DIAGNOSTICS", false,
                    Optional.empty(), Optional.empty(), ProviderRegime.OUT_OF_NETWORK, LocalDate.of(2026, 6, 1),
                    amount, "F-1", LocalDate.of(2026, 6, 1), WaitingCause.ILLNESS, Optional.empty(), amount, amount,
                    List.of()));
        }
        return new Claim(0, "X", "X", tenant, "P", ClaimStatus.APPROVED, Money.ZERO, Money.ZERO, Optional.empty(), "X",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "u", null, lines);
    }

    @Test
    void the_figures_of_a_batch_are_summed_per_cooperative_into_one_upsert_each_in_cooperative_order() {
        figures.submitted(List.of(claim(9, "100.00"), claim(4, "50.00", "20.00"), claim(9, "30.50")));

        assertEquals(List.of(4L, 9L), upserts.stream().map(Map.Entry::getKey).toList());
        assertEquals(new TreeMap<>(Map.of("claims.count", BigDecimal.ONE,
                "claims.requested.2026.SPECIALIST_VISITS", new BigDecimal("50.00"),
                "claims.requested.2026.DIAGNOSTICS", new BigDecimal("20.00"))), upserts.get(0).getValue());
        assertEquals(new TreeMap<>(Map.of("claims.count", new BigDecimal(2),
                "claims.requested.2026.SPECIALIST_VISITS", new BigDecimal("130.50"))), upserts.get(1).getValue());
    }

    @Test
    void a_single_claim_writes_all_its_figures_in_one_statement_with_metrics_sorted() {
        figures.submitted(claim(4, "50.00", "20.00"));

        assertEquals(1, upserts.size());
        assertEquals(List.of("claims.count", "claims.requested.2026.DIAGNOSTICS",
                "claims.requested.2026.SPECIALIST_VISITS"), List.copyOf(upserts.getFirst().getValue().keySet()));
    }
}
