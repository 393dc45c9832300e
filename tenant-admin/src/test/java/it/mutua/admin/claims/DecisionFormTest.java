package it.mutua.admin.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.ClaimData;

class DecisionFormTest {

    private static DecisionForm twoLines() {
        return new DecisionForm(Map.of(1, new BigDecimal("300.00"), 2, new BigDecimal("200.00")));
    }

    @Test
    void anOutcomeMustBeChosen() {
        assertEquals(Map.of("outcome", "decision.outcome_required"), twoLines().problems());
    }

    @Test
    void aFullApprovalNeedsNoReasonAndSendsNoLineAmounts() {
        DecisionForm form = twoLines();
        form.setOutcome(DecisionForm.Outcome.APPROVE);
        assertTrue(form.problems().isEmpty());
        assertEquals(new ClaimData.Decision("APPROVE", null, null), form.toRequest());
    }

    @Test
    void aRejectionNeedsAReasonOfAtMostFiveHundredCharacters() {
        DecisionForm form = twoLines();
        form.setOutcome(DecisionForm.Outcome.REJECT);
        form.setReason("   ");
        assertEquals(Map.of("reason", "decision.reason_required"), form.problems());
        form.setReason("x".repeat(501));
        assertEquals(Map.of("reason", "decision.reason_too_long"), form.problems());
        form.setReason("  regime non coperto  ");
        assertTrue(form.problems().isEmpty());
        assertEquals("regime non coperto", form.toRequest().reason());
    }

    @Test
    void aPartialApprovalNeedsEveryLineWithinItsReimbursableAmount() {
        DecisionForm form = twoLines();
        form.setOutcome(DecisionForm.Outcome.PARTLY_APPROVE);
        form.setReason("una visita senza prescrizione");
        form.setApproved(1, new BigDecimal("300.01"));
        assertEquals(Map.of("line.1", "decision.line_range", "line.2", "decision.line_range"), form.problems());
        form.setApproved(1, new BigDecimal("150.00"));
        form.setApproved(2, new BigDecimal("-1"));
        assertEquals(Map.of("line.2", "decision.line_range"), form.problems());
    }

    @Test
    void aPartialApprovalIsMoreThanZeroAndLessThanTheWhole() {
        DecisionForm form = twoLines();
        form.setOutcome(DecisionForm.Outcome.PARTLY_APPROVE);
        form.setReason("parziale");
        form.setApproved(1, BigDecimal.ZERO);
        form.setApproved(2, BigDecimal.ZERO);
        assertEquals(Map.of("lines", "decision.partial_range"), form.problems());
        form.setApproved(1, new BigDecimal("300.00"));
        form.setApproved(2, new BigDecimal("200.00"));
        assertEquals(Map.of("lines", "decision.partial_range"), form.problems(), "the whole amount is a full approval");
        form.setApproved(2, new BigDecimal("50.00"));
        assertTrue(form.problems().isEmpty());
        assertEquals(List.of(new ClaimData.LineAmount(1, new BigDecimal("300.00")),
                new ClaimData.LineAmount(2, new BigDecimal("50.00"))), form.toRequest().lines());
    }

    @Test
    void theLinesOfAClaimAreReadWithTheirReimbursableAmounts() {
        ClaimData.Line line = new ClaimData.Line(1, "DENTAL", "DENTAL", true, null, "Studio", "OUT_OF_NETWORK", null,
                "150.00", "F-1", null, "ILLNESS", null, "90.00", "0.00", "150.00", List.of());
        DecisionForm form = DecisionForm.of(claim(line));
        assertEquals(List.of(1), form.lines());
        assertEquals(new BigDecimal("90.00"), form.reimbursable(1));
        assertNull(form.getOutcome());
    }

    static ClaimData.Claim claim(ClaimData.Line... lines) {
        return new ClaimData.Claim(7, "IN_REVIEW", "RSSMRA80A01H501U", "RSSMRA80A01H501U", "SOCIAL_COOPERATION",
                "150.00", "90.00", "0.00", "IT60…3456", "Mario Rossi", "valore sopra soglia", null, null, null,
                "socio.demo", null, List.of(lines), null, null);
    }
}
