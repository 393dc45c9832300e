package it.mutua.app.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.plan.domain.FieldChange;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.Overlay;
import it.mutua.app.plan.domain.PlanPaths;
import it.mutua.app.plan.domain.PlanResolver;

class OverlayJsonTest {

    static Stream<Overlay> overlays() {
        return Stream.of(DemoPlans.socialCooperationNational(), DemoPlans.familyDentalNational(),
                DemoPlans.housingFederationTailoringV1().overlay(), DemoPlans.lombardyHomeCareV1().overlay(),
                DemoPlans.cooperativeAdoptionV1(DemoPlans.NATIONAL, false).overlay(), Overlay.empty(),
                Overlay.builder().remove("benefits/DENTAL").waitingDays("DENTAL", it.mutua.app.plan.domain.WaitingCause.ILLNESS, 180)
                        .ages("DENTAL", 0, 75).build());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyKindOfChangeAndValueSurvivesARoundTrip(Overlay overlay) {
        String json = OverlayJson.write(overlay);
        assertEquals(overlay, OverlayJson.read(json), json);
        assertEquals(json, OverlayJson.write(OverlayJson.read(json)), "writing is stable");
    }

    @Test
    void theResolvedPlanIsTheSameFromTheStoredForm() {
        var resolver = new PlanResolver();
        var original = DemoPlans.socialCooperationNationalV1();
        var stored = new it.mutua.app.plan.domain.LayerDraft(original.layer(), original.planCode(),
                OverlayJson.read(OverlayJson.write(original.overlay()))).publish(original.id(), 1, original.effectiveFrom());
        assertEquals(resolver.resolve(java.util.List.of(original)).fields(),
                resolver.resolve(java.util.List.of(stored)).fields());
    }

    @Test
    void moneyIsWrittenAsADecimalStringAndReadFromAStringOrANumber() {
        String json = OverlayJson.write(Overlay.builder().workerContribution(Money.euros(60)).build());
        assertEquals("{\"changes\":[{\"op\":\"set\",\"path\":\"contributions/worker\",\"value\":\"60.00\"}]}", json);
        var fromNumber = OverlayJson.read("{\"changes\":[{\"op\":\"set\",\"path\":\"contributions/worker\",\"value\":72.5}]}");
        assertEquals(new FieldChange.Set(PlanPaths.WORKER_CONTRIBUTION, Money.euros("72.50")), fromNumber.changes().getFirst());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("{\"changes\":[{\"op\":\"set\",\"path\":\"contributions/worker\",\"value\":\"-1.00\"}]}",
                        "contributions/worker", "plan.money.negative"),
                Arguments.of("{\"changes\":[{\"op\":\"set\",\"path\":\"benefits/X1/regimes/OUT_OF_NETWORK/costShare\","
                        + "\"value\":{\"type\":\"SCOPERTO\",\"percent\":\"150\",\"minimum\":\"10.00\"}}]}",
                        "benefits/X1/regimes/OUT_OF_NETWORK/costShare", "plan.scoperto.percentOutOfRange"),
                Arguments.of("{\"changes\":[{\"op\":\"set\",\"path\":\"contributions/worker\",\"value\":\"sixty\"}]}",
                        "changes[0].value", "plan.json.decimalInvalid"),
                Arguments.of("{\"changes\":[{\"op\":\"set\",\"path\":\"contributions/worker\",\"value\":true}]}",
                        "changes[0].value", "plan.value.wrongType"),
                Arguments.of("{\"changes\":[{\"op\":\"set\",\"path\":\"no/such/path\",\"value\":1}]}",
                        "no/such/path", "plan.path.unknown"),
                Arguments.of("{\"changes\":[{\"op\":\"merge\",\"path\":\"name\"}]}", "changes[0].op", "plan.json.opUnknown"),
                Arguments.of("{\"changes\":[{\"op\":\"set\",\"path\":\"benefits/X1/waitingDays/ILLNESS\",\"value\":1.5}]}",
                        "changes[0].value", "plan.value.wrongType"),
                Arguments.of("{\"changes\":{}}", "changes", "plan.json.changesRequired"),
                Arguments.of("{\"changes\":[1]}", "changes[0]", "plan.json.changeNotObject"),
                Arguments.of("{\"changes\":[{\"op\":\"addBenefit\",\"code\":\"X1\",\"area\":\"MOON\",\"name\":\"x\"}]}",
                        "changes[0].area", "plan.json.areaUnknown"),
                Arguments.of("{\"changes\":[", "body", "request.malformed_json"),
                Arguments.of("[]", "body", "request.malformed_json"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidInputNamesTheFieldAndTheRule(String json, String field, String code) {
        RuleViolation e = assertThrows(RuleViolation.class, () -> OverlayJson.read(json));
        assertEquals(code, e.code());
        assertEquals(field, e.field());
    }

    @Test
    void aDraftBodyNeedsAValidEffectiveDate() {
        assertEquals(LocalDate.of(2026, 7, 1),
                PlanService.parseDraft("{\"effectiveFrom\":\"2026-07-01\",\"changes\":[]}").effectiveFrom());
        assertEquals("plan.effectiveFrom.required",
                assertThrows(RuleViolation.class, () -> PlanService.parseDraft("{\"changes\":[]}")).code());
        assertEquals("plan.date.invalid", assertThrows(RuleViolation.class,
                () -> PlanService.parseDraft("{\"effectiveFrom\":\"2026-13-01\",\"changes\":[]}")).code());
    }
}
