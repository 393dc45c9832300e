package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.plan.domain.FamilyRole;

/** Whom a claim that names no payee pays: the holder of the IBAN, by the name the member registry gives. */
class PayeeNameTest {

    private static final String HOLDER = "DLANCL80A01H501X";

    private static Coverage coverage(Optional<String> holderName) {
        return new Coverage("DLACHL10A41H501X", LocalDate.of(2010, 1, 1), FamilyRole.CHILD, HOLDER, 7L,
                LocalDate.of(2026, 1, 1), "SOCIAL_COOPERATION", Optional.of("IT60X0542811101000000123456"),
                Set.of(HOLDER), false, holderName);
    }

    @Test
    void the_holder_is_paid_by_the_registry_name_with_its_accents_kept() {
        assertEquals("D'Alò Niccolò", ClaimSubmission.holderAsPayee(coverage(Optional.of(" D'Alò  Niccolò "))));
    }

    @Test
    void a_registry_name_longer_than_a_sepa_name_is_cut_to_70_characters() {
        String payee = ClaimSubmission.holderAsPayee(coverage(Optional.of("Z".repeat(60) + " " + "Y".repeat(20))));
        assertEquals(70, payee.length());
    }

    @Test
    void without_a_name_from_the_registry_the_holder_fiscal_code_is_the_payee() {
        assertEquals(HOLDER, ClaimSubmission.holderAsPayee(coverage(Optional.empty())));
    }
}
