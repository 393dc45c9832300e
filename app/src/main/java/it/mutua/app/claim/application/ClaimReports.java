package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;
import it.mutua.app.problem.ProblemException;

/**
 * The DM 27/10/2009 check for a year, from the reporting projection only (one prefix query, no claim table read):
 * the share of paid amounts that went to "vincolate" benefits (dental, long-term care, rehabilitation), which must be
 * at least 20%.
 */
@ApplicationScoped
public class ClaimReports {

    public static final BigDecimal REQUIRED_SHARE = new BigDecimal("20");

    /** Paid and requested amounts by area, the vincolate total and its share of what was paid. */
    public record VincolateShare(int year, Map<String, BigDecimal> paidByArea, Map<String, BigDecimal> requestedByArea,
                                 BigDecimal paidTotal, BigDecimal paidVincolate, BigDecimal sharePercent,
                                 boolean atLeast20Percent, BigDecimal claimsCount) {
    }

    @Inject
    FigureProjection figures;
    @Inject
    TenantRepository tenants;

    public VincolateShare vincolate(Caller caller, int year) {
        if (!caller.hasAnyRole(Roles.NATIONAL_ADMIN, Roles.CLAIMS_OFFICER, Roles.AUDITOR)) {
            throw ProblemException.notFound("claim.not_found", "");
        }
        var national = tenants.national().orElseThrow();
        if (national.id() != caller.tenantId()) {
            throw ProblemException.notFound("claim.not_found", "");
        }
        Map<String, BigDecimal> all = figures.below(Figures.scopeOf(national), false);
        var paid = new TreeMap<String, BigDecimal>();
        var requested = new TreeMap<String, BigDecimal>();
        String paidPrefix = ClaimFigures.PAID + year + ".";
        String requestedPrefix = ClaimFigures.REQUESTED + year + ".";
        all.forEach((metric, value) -> {
            if (metric.startsWith(paidPrefix)) {
                paid.put(metric.substring(paidPrefix.length()), value);
            } else if (metric.startsWith(requestedPrefix)) {
                requested.put(metric.substring(requestedPrefix.length()), value);
            }
        });
        BigDecimal total = paid.getOrDefault("total", BigDecimal.ZERO);
        BigDecimal vincolate = paid.getOrDefault("vincolate", BigDecimal.ZERO);
        paid.remove("total");
        paid.remove("vincolate");
        BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                : vincolate.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN);
        return new VincolateShare(year, paid, requested, total, vincolate, share,
                share.compareTo(REQUIRED_SHARE) >= 0, all.getOrDefault(ClaimFigures.COUNT, BigDecimal.ZERO));
    }
}
