package it.mutua.admin.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.ClaimData;

class PreAuthorisationFormTest {

    private static final ClaimData.PreAuth REQUEST = new ClaimData.PreAuth(3, "RSSMRA80A01H501U",
            "HIGH_SPECIALISATION_DIAGNOSTICS", "NET-COOP-0042", "Poliambulatorio", "COOPERATIVE_NETWORK",
            LocalDate.of(2026, 12, 10), "200.00", false, "REQUESTED", null, null, null, null, null);

    @Test
    void theEstimateAndThePlannedMonthAreProposed() {
        PreAuthorisationForm form = PreAuthorisationForm.proposedFor(REQUEST);
        assertEquals(new BigDecimal("200.00"), form.getAuthorised());
        assertEquals(LocalDate.of(2026, 12, 1), form.getValidFrom());
        assertEquals(LocalDate.of(2026, 12, 31), form.getValidTo());
        assertTrue(form.approvalProblems().isEmpty());
        assertEquals(new ClaimData.PreAuthDecision(true, new BigDecimal("200.00"), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), null), form.approval());
    }

    @Test
    void anApprovalNeedsAPositiveAmountInCentsAndAWindowInOrder() {
        PreAuthorisationForm form = PreAuthorisationForm.proposedFor(REQUEST);
        form.setAuthorised(BigDecimal.ZERO);
        form.setValidTo(LocalDate.of(2026, 11, 30));
        assertEquals(Map.of("authorised", "preauth.amount_positive", "validTo", "preauth.window_order"),
                form.approvalProblems());
        form.setAuthorised(new BigDecimal("10.005"));
        form.setValidFrom(null);
        assertEquals(Map.of("authorised", "preauth.amount_cents", "validFrom", "tenant_form.required"),
                form.approvalProblems());
    }

    @Test
    void aRejectionNeedsAReason() {
        PreAuthorisationForm form = PreAuthorisationForm.proposedFor(REQUEST);
        assertEquals(Map.of("reason", "decision.reason_required"), form.rejectionProblems());
        form.setReason(" non necessaria ");
        assertTrue(form.rejectionProblems().isEmpty());
        assertEquals(new ClaimData.PreAuthDecision(false, null, null, null, "non necessaria"), form.rejection());
    }
}
