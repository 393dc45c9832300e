package it.mutua.app.reporting.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What of the figures an employer may see. Claim figures are health data (amounts requested and paid per benefit
 * area tell what workers were treated for), and the Garante excludes employers from health data: a cooperative's
 * administrator sees at most its total number of claims, never the breakdown by area, amount or year.
 */
public final class EmployerView {

    /** The prefix of every claim figure, as the claims feature writes them. */
    public static final String CLAIM_PREFIX = "claims.";
    /** The one claim figure an employer may see: the total count. */
    public static final String CLAIM_COUNT = "claims.count";

    private EmployerView() {
    }

    /** {@code figures} without any claim figure finer than the total count. */
    public static Map<String, BigDecimal> of(Map<String, BigDecimal> figures) {
        var visible = new LinkedHashMap<String, BigDecimal>();
        figures.forEach((metric, value) -> {
            if (!metric.startsWith(CLAIM_PREFIX) || metric.equals(CLAIM_COUNT)) {
                visible.put(metric, value);
            }
        });
        return visible;
    }
}
