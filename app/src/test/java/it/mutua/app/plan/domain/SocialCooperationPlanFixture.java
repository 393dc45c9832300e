package it.mutua.app.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The national mutual's social-cooperation plan, written out path by path from the plan text, independently of
 * {@link DemoPlans} (which the demo data uses): a test resolves both and requires the same plan, so a typo in either
 * shows.
 */
final class SocialCooperationPlanFixture {

    static final String DIAGNOSTICS = "HIGH_SPECIALISATION_DIAGNOSTICS";
    static final String VISITS = "SPECIALIST_VISITS";
    static final LayerRef NATIONAL = new LayerRef(LayerLevel.NATIONAL, "national", "national");

    private SocialCooperationPlanFixture() {
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount));
    }

    static Overlay nationalOverlay() {
        return new Overlay(List.of(
                new FieldChange.Set("name", "Piano sanitario cooperazione sociale"),
                new FieldChange.Set("contributions/worker", eur("60.00")),
                new FieldChange.Set("contributions/family/SPOUSE/0-", eur("60.00")),
                new FieldChange.Set("contributions/family/CHILD/26-", eur("60.00")),
                new FieldChange.Set("contributions/family/CHILD/0-25", eur("48.00")),
                new FieldChange.Set("options/familyExtension", true),
                new FieldChange.AddBenefit(DIAGNOSTICS, BenefitArea.HIGH_SPECIALISATION_DIAGNOSTICS,
                        "Alta specializzazione"),
                new FieldChange.Set("benefits/" + DIAGNOSTICS + "/regimes/COOPERATIVE_NETWORK/costShare",
                        new CostShare.FixedAmount(eur("30"))),
                new FieldChange.Set("benefits/" + DIAGNOSTICS + "/regimes/OTHER_NETWORK/costShare",
                        new CostShare.FixedAmount(eur("45"))),
                new FieldChange.Set("benefits/" + DIAGNOSTICS + "/regimes/OUT_OF_NETWORK/costShare",
                        new CostShare.Scoperto(Percent.of("30"), eur("60"))),
                new FieldChange.Set("benefits/" + DIAGNOSTICS + "/regimes/SSN_TICKET/costShare",
                        new CostShare.Franchigia(eur("15"))),
                new FieldChange.AddBenefit(VISITS, BenefitArea.SPECIALIST_VISITS, "Visite specialistiche"),
                new FieldChange.Set("benefits/" + VISITS + "/regimes/COOPERATIVE_NETWORK/costShare",
                        new CostShare.FixedAmount(eur("30"))),
                new FieldChange.Set("benefits/" + VISITS + "/regimes/OTHER_NETWORK/costShare",
                        new CostShare.FixedAmount(eur("30"))),
                new FieldChange.Set("benefits/" + VISITS + "/ceilings/perPersonYear", eur("700"))));
    }

    static PublishedLayerVersion nationalV1() {
        return new PublishedLayerVersion("social-national-1", NATIONAL, "SOCIAL_COOPERATION", 1,
                LocalDate.of(2026, 1, 1), nationalOverlay());
    }

    static EffectivePlan resolved() {
        return new PlanResolver().resolve(List.of(nationalV1()));
    }
}
