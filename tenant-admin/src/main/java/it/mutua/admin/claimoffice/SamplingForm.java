package it.mutua.admin.claimoffice;

import it.mutua.admin.api.ClaimData;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sampling rules as the form edits them: the random share of claims sent to review (0–100 %, at most two
 * decimals), the value above which a claim is always reviewed (euros, not negative) and the benefit areas always
 * reviewed. Checked here so the reason shows next to the field; the API checks again.
 */
public final class SamplingForm {

    private BigDecimal randomPercent;
    private BigDecimal valueThreshold;
    private Set<String> alwaysReviewed = new TreeSet<>();

    public static SamplingForm of(ClaimData.Sampling rules) {
        SamplingForm form = new SamplingForm();
        form.randomPercent = rules.randomPercent();
        form.valueThreshold = rules.valueThreshold();
        form.alwaysReviewed = new TreeSet<>(rules.alwaysReviewed());
        return form;
    }

    public BigDecimal getRandomPercent() {
        return randomPercent;
    }

    public void setRandomPercent(BigDecimal randomPercent) {
        this.randomPercent = randomPercent;
    }

    public BigDecimal getValueThreshold() {
        return valueThreshold;
    }

    public void setValueThreshold(BigDecimal valueThreshold) {
        this.valueThreshold = valueThreshold;
    }

    public Set<String> getAlwaysReviewed() {
        return alwaysReviewed;
    }

    public void setAlwaysReviewed(Set<String> alwaysReviewed) {
        this.alwaysReviewed = alwaysReviewed == null ? new TreeSet<>() : new TreeSet<>(alwaysReviewed);
    }

    /** Field name to translation key; empty when the rules may be sent. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (randomPercent == null) {
            problems.put("randomPercent", "tenant_form.required");
        } else if (randomPercent.signum() < 0 || randomPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("randomPercent", "sampling.percent_range");
        } else if (randomPercent.stripTrailingZeros().scale() > 2) {
            problems.put("randomPercent", "sampling.two_decimals");
        }
        if (valueThreshold == null) {
            problems.put("valueThreshold", "tenant_form.required");
        } else if (valueThreshold.signum() < 0) {
            problems.put("valueThreshold", "sampling.threshold_positive");
        } else if (valueThreshold.stripTrailingZeros().scale() > 2) {
            problems.put("valueThreshold", "sampling.two_decimals");
        }
        return problems;
    }

    public ClaimData.Sampling toRequest() {
        return new ClaimData.Sampling(randomPercent, valueThreshold, Set.copyOf(alwaysReviewed));
    }
}
