package it.mutua.app.claim.domain;

import static it.mutua.app.plan.domain.Money.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;

/** Workflow, sampling, attachments, line checks and the ledger's keys. */
class ClaimRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void a_paid_claim_is_final_and_a_rejected_one_can_only_be_reopened_into_review() {
        assertTrue(ClaimStatus.APPROVED.canMoveTo(ClaimStatus.PAID));
        assertFalse(ClaimStatus.PAID.canMoveTo(ClaimStatus.IN_REVIEW));
        assertTrue(ClaimStatus.REJECTED.canMoveTo(ClaimStatus.IN_REVIEW));
        assertFalse(ClaimStatus.REJECTED.canMoveTo(ClaimStatus.PAID));
        assertFalse(ClaimStatus.SUBMITTED.canMoveTo(ClaimStatus.APPROVED), "every claim is auto-checked first");
    }

    @Test
    void sampling_reviews_listed_benefits_first_then_claims_above_the_threshold_then_a_random_share() {
        var rules = new SamplingRules(new BigDecimal("10"), euros(1000), Set.of("DENTAL"));

        assertEquals("benefit", rules.sample(euros(10), Set.of("DENTAL"), () -> 99.0));
        assertEquals("threshold", rules.sample(Money.euros("1000.01"), Set.of("VISITS"), () -> 99.0));
        assertNull(rules.sample(euros(1000), Set.of("VISITS"), () -> 10.0), "10.0 is not below 10%");
        assertEquals("random", rules.sample(euros(50), Set.of("VISITS"), () -> 9.99));
    }

    @Test
    void sampling_rules_refuse_a_percentage_above_100() {
        var e = assertThrows(RuleViolation.class, () -> new SamplingRules(new BigDecimal("101"), euros(1), Set.of()));
        assertEquals("claim.sampling.percentRange", e.code());
    }

    @Test
    void attachments_are_recognised_by_their_first_bytes_not_their_name() {
        assertEquals(AttachmentType.PDF, AttachmentType.check("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(AttachmentType.PNG, AttachmentType.check(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
                '\n', 0}));
        assertEquals(AttachmentType.JPEG, AttachmentType.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        var exe = assertThrows(RuleViolation.class, () -> AttachmentType.check("MZ\u0090\u0000 renamed invoice.pdf"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("claim.attachment.type", exe.code());
    }

    @Test
    void an_attachment_over_10_mb_or_empty_is_refused() {
        byte[] big = new byte[AttachmentType.MAX_BYTES + 1];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F'; big[4] = '-';
        assertEquals("claim.attachment.tooLarge", assertThrows(RuleViolation.class, () -> AttachmentType.check(big)).code());
        assertEquals("claim.attachment.empty",
                assertThrows(RuleViolation.class, () -> AttachmentType.check(new byte[0])).code());
    }

    @Test
    void a_line_of_zero_euros_or_a_billion_euros_is_refused() {
        var zero = assertThrows(RuleViolation.class,
                () -> ClaimLineRules.check(0, Money.ZERO, TODAY, TODAY, "F-1", TODAY));
        assertEquals("claim.line.amountRange", zero.code());
        assertEquals("lines[0].invoiced", zero.field());
        assertThrows(RuleViolation.class,
                () -> ClaimLineRules.check(1, euros(1_000_000_000), TODAY, TODAY, "F-1", TODAY));
    }

    @Test
    void an_invoice_dated_tomorrow_is_refused() {
        var e = assertThrows(RuleViolation.class,
                () -> ClaimLineRules.check(0, euros(10), TODAY, TODAY.plusDays(1), "F-1", TODAY));
        assertEquals("claim.line.invoiceInFuture", e.code());
    }

    @Test
    void a_line_of_a_real_invoice_passes() {
        ClaimLineRules.check(0, Money.euros("36.15"), TODAY.minusDays(3), TODAY, "2026/118", TODAY);
    }

    @Test
    void a_line_with_a_sub_ceiling_touches_three_ledger_rows_and_releases_them_on_rejection() {
        var keys = CeilingLedger.keysFor("A", "H", "DENTAL", Optional.of("IMPLANTS"), 2026);
        var ledger = new CeilingLedger(Map.of());
        ledger.add(keys, euros(300));
        ledger.add(keys, euros(-300));

        assertEquals(3, keys.size());
        assertEquals(Money.ZERO, ledger.amount(keys.first()));
        assertEquals(Money.ZERO, ledger.changes().get(keys.first()));
    }

    @Test
    void the_auto_decision_is_approved_when_only_the_cost_share_reduced_the_claim() {
        var adjudicator = new Adjudicator();
        var plan = Optional.of(Plans.socialCooperation());
        var ok = adjudicator.judge(Plans.line(Plans.DIAGNOSTICS, ProviderRegime.SSN_TICKET, "36.15",
                LocalDate.of(2026, 5, 2)), Optional.of(Plans.worker()), plan, it.mutua.app.plan.domain.CeilingUsage.none());
        var refused = adjudicator.judge(Plans.line("DENTAL", ProviderRegime.SSN_TICKET, "36.15",
                LocalDate.of(2026, 5, 2)), Optional.of(Plans.worker()), plan, it.mutua.app.plan.domain.CeilingUsage.none());

        assertEquals(ClaimStatus.APPROVED, AutoDecision.of(List.of(ok)));
        assertEquals(ClaimStatus.PARTLY_APPROVED, AutoDecision.of(List.of(ok, refused)));
    }

    @Test
    void a_family_includes_the_holder_and_the_listed_people_only() {
        assertTrue(Plans.child().familyIncludes(Plans.WORKER));
        assertTrue(Plans.worker().familyIncludes(Plans.SPOUSE));
        assertFalse(Plans.worker().familyIncludes("BNCGNN80A01H501U"));
    }
}
