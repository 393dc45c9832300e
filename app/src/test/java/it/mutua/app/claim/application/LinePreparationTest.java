package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.ProviderRegime;

/**
 * How a submitted line is prepared before adjudication, with the three owners (members, plans, network) as fakes:
 * which regime counts, and what the member is told when the service date is not covered.
 */
class LinePreparationTest {

    private static final String ELENA = "PRVLNE80A41H501X";
    private static final LocalDate ENROLLED = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Coverage COVERED = new Coverage(ELENA, LocalDate.of(1980, 1, 1), FamilyRole.WORKER, ELENA, 7L,
            ENROLLED, "SOCIAL_COOPERATION", Optional.empty(), Set.of(ELENA));

    private final ClaimSubmission submission = new ClaimSubmission();
    private final List<String> registryAsked = new ArrayList<>();

    @BeforeEach
    void fakes() {
        submission.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        submission.coverage = (fiscalCode, hint, date) -> date.isBefore(ENROLLED) ? Optional.empty()
                : Optional.of(COVERED);
        submission.plans = (tenant, plan, date) -> Optional.empty();
        submission.regimes = (facility, tenant, date) -> {
            registryAsked.add(facility + "@" + tenant);
            return "4242".equals(facility) ? Optional.of(ProviderRegime.COOPERATIVE_NETWORK) : Optional.empty();
        };
    }

    private static NewClaim.Line line(String facility, String regime, LocalDate day) {
        return new NewClaim.Line("HIGH_SPECIALISATION_DIAGNOSTICS", facility, "Centro", regime, day,
                new BigDecimal("150.00"), "F-1", day, null, null);
    }

    private RuleViolation refused(NewClaim.Line line) {
        return assertThrows(RuleViolation.class, () -> submission.prepare(ELENA, 7L, List.of(line)));
    }

    @Test
    void a_network_facility_takes_its_regime_from_the_registry_even_when_the_form_declares_another() {
        var prepared = submission.prepare(ELENA, 7L, List.of(line("4242", "OUT_OF_NETWORK", TODAY.minusDays(3))));
        assertEquals(ProviderRegime.COOPERATIVE_NETWORK, prepared.getFirst().line().regime());
        assertEquals(List.of("4242@7"), registryAsked, "asked for the member's enrolling tenant");
    }

    @Test
    void a_facility_outside_the_members_network_is_refused_and_named() {
        RuleViolation e = refused(line("NET-COOP-0042", null, TODAY.minusDays(3)));
        assertEquals("claim.line.facilityUnknown", e.code());
        assertEquals("lines[0].facility", e.field());
    }

    @Test
    void a_network_regime_cannot_be_declared_without_a_facility() {
        assertEquals("claim.line.facilityRequired", refused(line(null, "COOPERATIVE_NETWORK", TODAY)).code());
        assertEquals("claim.line.facilityRequired", refused(line(" ", "OTHER_NETWORK", TODAY)).code());
    }

    @Test
    void a_free_text_provider_is_out_of_network_unless_it_is_an_ssn_ticket() {
        assertEquals(ProviderRegime.OUT_OF_NETWORK,
                submission.prepare(ELENA, 7L, List.of(line(null, null, TODAY))).getFirst().line().regime());
        assertEquals(ProviderRegime.SSN_TICKET,
                submission.prepare(ELENA, 7L, List.of(line(null, "ssn_ticket", TODAY))).getFirst().line().regime());
        assertTrue(registryAsked.isEmpty(), "nothing to ask the registry");
    }

    @Test
    void a_service_before_the_enrolment_started_is_named_as_such_not_as_a_coverage_gap() {
        RuleViolation e = refused(line(null, null, ENROLLED.minusDays(1)));
        assertEquals("claim.line.beforeEnrolment", e.code());
        assertEquals("lines[0].serviceDate", e.field());
    }

    @Test
    void a_service_when_the_person_is_not_covered_at_all_is_a_coverage_gap() {
        submission.coverage = (fiscalCode, hint, date) -> Optional.empty();
        assertEquals("claim.line.notCovered", refused(line(null, null, TODAY)).code());
    }
}
