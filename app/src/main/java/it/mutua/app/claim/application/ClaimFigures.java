package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.reporting.application.FigureScope;

/**
 * Claim facts in {@code reporting.tenant_figure}, on the row of the member's cooperative, in the same transaction as
 * the claim: {@code claims.count}, {@code claims.requested.<year>.<area>} and, when paid,
 * {@code claims.paid.<year>.<area>}, {@code claims.paid.<year>.total} and {@code claims.paid.<year>.vincolate} (the
 * DM 27/10/2009 share). The year is the plan year of the service. A cooperative reads only the figures below it, so
 * it never sees its own members' claim amounts.
 */
@ApplicationScoped
public class ClaimFigures {

    public static final String COUNT = "claims.count";
    public static final String REQUESTED = "claims.requested.";
    public static final String PAID = "claims.paid.";

    @Inject
    FigureProjection figures;
    @Inject
    TenantRepository tenants;

    public void submitted(Claim claim) {
        submitted(List.of(claim));
    }

    /**
     * Many new claims: their figures summed per cooperative first, then one upsert per cooperative (all its metrics
     * in one statement), cooperatives in id order, so concurrent submissions lock figure rows in one global order.
     */
    public void submitted(List<Claim> claims) {
        var byTenant = new TreeMap<Long, SortedMap<String, BigDecimal>>();
        for (Claim claim : claims) {
            var deltas = byTenant.computeIfAbsent(claim.memberTenantId(), t -> new TreeMap<>());
            deltas.merge(COUNT, BigDecimal.ONE, BigDecimal::add);
            for (ClaimLine line : claim.lines()) {
                deltas.merge(REQUESTED + line.serviceDate().getYear() + "." + area(line), line.invoiced().amount(),
                        BigDecimal::add);
            }
        }
        byTenant.forEach(this::apply);
    }

    public void paid(Claim claim) {
        var deltas = new TreeMap<String, BigDecimal>();
        for (ClaimLine line : claim.lines()) {
            if (line.approved().isZero()) {
                continue;
            }
            String year = PAID + line.serviceDate().getYear() + ".";
            deltas.merge(year + area(line), line.approved().amount(), BigDecimal::add);
            deltas.merge(year + "total", line.approved().amount(), BigDecimal::add);
            if (line.vincolata()) {
                deltas.merge(year + "vincolate", line.approved().amount(), BigDecimal::add);
            }
        }
        apply(claim.memberTenantId(), deltas);
    }

    private void apply(long tenantId, SortedMap<String, BigDecimal> deltas) {
        figures.addAll(scopeOf(tenantId), deltas);
    }

    FigureScope scopeOf(long tenantId) {
        return Figures.scopeOf(tenants.findById(tenantId).orElseThrow());
    }

    private static String area(ClaimLine line) {
        return line.benefitArea() == null ? "UNKNOWN" : line.benefitArea();
    }
}
