package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import it.mutua.app.plan.domain.BenefitArea;
import it.mutua.app.plan.domain.CostShare;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.LayerDraft;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.Overlay;
import it.mutua.app.plan.domain.PlanResolver;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;

/**
 * Plans and people for the adjudication tests: the social-cooperation plan as the demo publishes it (checked figure
 * by figure against an independent fixture in the plan tests), the family dental plan, and a plan with carenza.
 */
final class Plans {

    static final String DIAGNOSTICS = DemoPlans.DIAGNOSTICS;
    static final String VISITS = DemoPlans.SPECIALIST_VISITS;
    static final String DENTAL = DemoPlans.DENTAL;
    static final String PHYSIO = "PHYSIOTHERAPY";
    static final String WORKER = "RSSMRA85T10A562S";
    static final String SPOUSE = "VRDLRA90A41F205X";
    static final String CHILD = "RSSLCU15A01F205Y";
    static final LocalDate ENROLLED = LocalDate.of(2026, 1, 1);

    private Plans() {
    }

    static EffectivePlan socialCooperation() {
        return new PlanResolver().resolve(List.of(DemoPlans.socialCooperationNationalV1()));
    }

    static EffectivePlan familyDental() {
        return new PlanResolver().resolve(List.of(DemoPlans.familyDentalNationalV1()));
    }

    /** Physiotherapy with 90 days of carenza for illness, none for injury, for workers and spouses only. */
    static EffectivePlan withCarenza() {
        var overlay = Overlay.builder().name("Piano con carenza")
                .addBenefit(PHYSIO, BenefitArea.PHYSIOTHERAPY_REHABILITATION, "Fisioterapia")
                .costShare(PHYSIO, ProviderRegime.COOPERATIVE_NETWORK, CostShare.fixed(Money.euros(10)))
                .waitingDays(PHYSIO, WaitingCause.ILLNESS, 90)
                .eligibleRoles(PHYSIO, FamilyRole.WORKER, FamilyRole.SPOUSE)
                .build();
        return new PlanResolver().resolve(List.of(new LayerDraft(DemoPlans.NATIONAL, "CARENZA", overlay)
                .publish("carenza-1", 1, ENROLLED)));
    }

    static Coverage worker() {
        return new Coverage(WORKER, LocalDate.of(1985, 12, 10), FamilyRole.WORKER, WORKER, 42L, ENROLLED,
                DemoPlans.SOCIAL_COOPERATION, Optional.of("IT60X0542811101000000123456"), Set.of(WORKER, SPOUSE, CHILD));
    }

    static Coverage spouse() {
        return new Coverage(SPOUSE, LocalDate.of(1990, 1, 1), FamilyRole.SPOUSE, WORKER, 42L, ENROLLED,
                DemoPlans.SOCIAL_COOPERATION, Optional.empty(), Set.of(WORKER, SPOUSE, CHILD));
    }

    static Coverage child() {
        return new Coverage(CHILD, LocalDate.of(2015, 1, 1), FamilyRole.CHILD, WORKER, 42L, ENROLLED,
                DemoPlans.SOCIAL_COOPERATION, Optional.empty(), Set.of(WORKER, SPOUSE, CHILD));
    }

    static LineToJudge line(String benefit, ProviderRegime regime, String invoiced, LocalDate date) {
        return new LineToJudge(benefit, regime, date, Money.euros(invoiced), WaitingCause.ILLNESS, Optional.empty());
    }
}
