package it.mutua.admin.claimoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.ClaimData;

class SamplingFormTest {

    @Test
    void theRulesReadFromTheApiGoBackUnchanged() {
        ClaimData.Sampling rules = new ClaimData.Sampling(new BigDecimal("5"), new BigDecimal("1000.00"), Set.of("DENTAL"));
        SamplingForm form = SamplingForm.of(rules);
        assertTrue(form.problems().isEmpty());
        assertEquals(rules, form.toRequest());
    }

    @Test
    void aPercentageIsBetweenZeroAndAHundredAndAThresholdNotNegative() {
        SamplingForm form = new SamplingForm();
        assertEquals(Map.of("randomPercent", "tenant_form.required", "valueThreshold", "tenant_form.required"), form.problems());
        form.setRandomPercent(new BigDecimal("100.5"));
        form.setValueThreshold(new BigDecimal("-1"));
        assertEquals(Map.of("randomPercent", "sampling.percent_range", "valueThreshold", "sampling.threshold_positive"),
                form.problems());
        form.setRandomPercent(new BigDecimal("2.555"));
        form.setValueThreshold(new BigDecimal("1000.001"));
        assertEquals(Map.of("randomPercent", "sampling.two_decimals", "valueThreshold", "sampling.two_decimals"),
                form.problems());
        form.setRandomPercent(new BigDecimal("2.50"));
        form.setValueThreshold(new BigDecimal("0"));
        form.setAlwaysReviewed(null);
        assertTrue(form.problems().isEmpty());
        assertEquals(Set.of(), form.toRequest().alwaysReviewed());
    }
}
