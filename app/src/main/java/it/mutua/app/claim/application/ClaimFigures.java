package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.reporting.application.FigureProjection;

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
        var deltas = new LinkedHashMap<String, BigDecimal>();
        deltas.put(COUNT, BigDecimal.ONE);
        for (ClaimLine line : claim.lines()) {
            deltas.merge(REQUESTED + line.serviceDate().getYear() + "." + area(line), line.invoiced().amount(),
                    BigDecimal::add);
        }
        apply(claim.memberTenantId(), deltas);
    }

    public void paid(Claim claim) {
        var deltas = new LinkedHashMap<String, BigDecimal>();
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

    private void apply(long tenantId, Map<String, BigDecimal> deltas) {
        var scope = Figures.scopeOf(tenants.findById(tenantId).orElseThrow());
        deltas.forEach((metric, delta) -> figures.add(scope, metric, delta));
    }

    private static String area(ClaimLine line) {
        return line.benefitArea() == null ? "UNKNOWN" : line.benefitArea();
    }
}
