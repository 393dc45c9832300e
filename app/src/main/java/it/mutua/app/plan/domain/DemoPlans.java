package it.mutua.app.plan.domain;

import java.time.LocalDate;

import static it.mutua.app.plan.domain.CostShare.fixed;
import static it.mutua.app.plan.domain.CostShare.franchigia;
import static it.mutua.app.plan.domain.CostShare.none;
import static it.mutua.app.plan.domain.CostShare.scoperto;
import static it.mutua.app.plan.domain.Money.euros;

/**
 * Plans for demo data. The social-cooperation plan is the national mutual's real one, figure for figure (a test
 * checks it against an independently written fixture); the family dental plan and the lower layers are illustrative,
 * there to show family ceilings and the four layers at work.
 */
public final class DemoPlans {

    public static final String SOCIAL_COOPERATION = "SOCIAL_COOPERATION";
    public static final String FAMILY_DENTAL = "FAMILY_DENTAL";
    public static final String DIAGNOSTICS = "HIGH_SPECIALISATION_DIAGNOSTICS";
    public static final String SPECIALIST_VISITS = "SPECIALIST_VISITS";
    public static final String DENTAL = "DENTAL";
    public static final String HOME_CARE = "HOME_CARE_LOMBARDY";
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    public static final LayerRef NATIONAL = new LayerRef(LayerLevel.NATIONAL, "national", "national");
    public static final LayerRef HOUSING_FEDERATION =
            new LayerRef(LayerLevel.FEDERATION, "fed-housing", "housing federation");
    public static final LayerRef LOMBARDY = new LayerRef(LayerLevel.REGIONAL, "lombardia", "Lombardy");

    private DemoPlans() {
    }

    /**
     * €60 per worker per year; family extension €60 for a spouse or a child aged 26 or over, €48 for a child under
     * 26; diagnostics €30 per test at a cooperative network provider, €45 at another network provider, 30% scoperto
     * with €60 minimum out of network, SSN tickets reimbursed minus €15 each; specialist visits €30 per visit in
     * network, €700 per person per year.
     */
    public static Overlay socialCooperationNational() {
        return Overlay.builder()
                .name("Piano sanitario cooperazione sociale")
                .workerContribution(euros(60))
                .familyContribution(FamilyRole.SPOUSE, AgeBand.any(), euros(60))
                .familyContribution(FamilyRole.CHILD, AgeBand.from(26), euros(60))
                .familyContribution(FamilyRole.CHILD, AgeBand.between(0, 25), euros(48))
                .familyExtension(true)
                .addBenefit(DIAGNOSTICS, BenefitArea.HIGH_SPECIALISATION_DIAGNOSTICS, "Alta specializzazione")
                .costShare(DIAGNOSTICS, ProviderRegime.COOPERATIVE_NETWORK, fixed(euros(30)))
                .costShare(DIAGNOSTICS, ProviderRegime.OTHER_NETWORK, fixed(euros(45)))
                .costShare(DIAGNOSTICS, ProviderRegime.OUT_OF_NETWORK, scoperto(Percent.of(30), euros(60)))
                .costShare(DIAGNOSTICS, ProviderRegime.SSN_TICKET, franchigia(euros(15)))
                .addBenefit(SPECIALIST_VISITS, BenefitArea.SPECIALIST_VISITS, "Visite specialistiche")
                .costShare(SPECIALIST_VISITS, ProviderRegime.COOPERATIVE_NETWORK, fixed(euros(30)))
                .costShare(SPECIALIST_VISITS, ProviderRegime.OTHER_NETWORK, fixed(euros(30)))
                .perPersonYear(SPECIALIST_VISITS, euros(700))
                .build();
    }

    public static PublishedLayerVersion socialCooperationNationalV1() {
        return new LayerDraft(NATIONAL, SOCIAL_COOPERATION, socialCooperationNational())
                .publish("social-national-1", 1, FIRST_DAY);
    }

    /** Illustrative: dental with €400 per person and €1,000 per family per year, to exercise family ceilings. */
    public static Overlay familyDentalNational() {
        return Overlay.builder()
                .name("Piano sanitario famiglia – odontoiatria")
                .workerContribution(euros(48))
                .familyContribution(FamilyRole.SPOUSE, AgeBand.any(), euros(48))
                .familyContribution(FamilyRole.CHILD, AgeBand.any(), euros(24))
                .familyExtension(true)
                .addBenefit(DENTAL, BenefitArea.DENTAL, "Cure odontoiatriche")
                .costShare(DENTAL, ProviderRegime.COOPERATIVE_NETWORK, none())
                .costShare(DENTAL, ProviderRegime.OUT_OF_NETWORK, scoperto(Percent.of(20), euros(50)))
                .perPersonYear(DENTAL, euros(400))
                .perFamilyYear(DENTAL, euros(1000))
                .build();
    }

    public static PublishedLayerVersion familyDentalNationalV1() {
        return new LayerDraft(NATIONAL, FAMILY_DENTAL, familyDentalNational())
                .publish("dental-national-1", 1, FIRST_DAY);
    }

    /** Illustrative sector tailoring: specialist visits up to €800 a year, and that ceiling locked below. */
    public static PublishedLayerVersion housingFederationTailoringV1() {
        var overlay = Overlay.builder()
                .perPersonYear(SPECIALIST_VISITS, euros(800))
                .lock(PlanPaths.perPersonYear(SPECIALIST_VISITS))
                .build();
        return new LayerDraft(HOUSING_FEDERATION, SOCIAL_COOPERATION, overlay)
                .publish("social-fed-housing-1", 1, FIRST_DAY);
    }

    /** Illustrative local project: home care from the regional socio-sanitary cooperatives' network. */
    public static PublishedLayerVersion lombardyHomeCareV1() {
        var overlay = Overlay.builder()
                .addBenefit(HOME_CARE, BenefitArea.LOCAL, "Assistenza domiciliare (Lombardia)")
                .vincolata(HOME_CARE, true)
                .costShare(HOME_CARE, ProviderRegime.COOPERATIVE_NETWORK, fixed(euros(10)))
                .perPersonYear(HOME_CARE, euros(1200))
                .waitingDays(HOME_CARE, WaitingCause.ILLNESS, 90)
                .build();
        return new LayerDraft(LOMBARDY, SOCIAL_COOPERATION, overlay).publish("social-lombardy-1", 1, FIRST_DAY);
    }

    /** A cooperative adopting the plan, choosing whether it offers the family extension to its members. */
    public static PublishedLayerVersion cooperativeAdoptionV1(LayerRef cooperative, boolean familyExtension) {
        var overlay = Overlay.builder().familyExtension(familyExtension).build();
        return new LayerDraft(cooperative, SOCIAL_COOPERATION, overlay)
                .publish("social-" + cooperative.tenantCode() + "-1", 1, FIRST_DAY);
    }

    public static final String HOME_PHYSIOTHERAPY = "HOME_PHYSIOTHERAPY_LOMBARDY";
    public static final String PSYCHOLOGY = "PSYCHOLOGICAL_SUPPORT";

    /**
     * Demo tailoring of the social federation: specialist visits up to €800 a year (locked for the regions below),
     * and psychological support for workers of social cooperatives.
     */
    public static Overlay socialFederationTailoring() {
        return Overlay.builder()
                .perPersonYear(SPECIALIST_VISITS, euros(800))
                .lock(PlanPaths.perPersonYear(SPECIALIST_VISITS))
                .addBenefit(PSYCHOLOGY, BenefitArea.SPECIALIST_VISITS, "Sostegno psicologico")
                .costShare(PSYCHOLOGY, ProviderRegime.COOPERATIVE_NETWORK, fixed(euros(20)))
                .perPersonYear(PSYCHOLOGY, euros(400))
                .subCeiling(PSYCHOLOGY, "onlineSessions", euros(150))
                .build();
    }

    /** Demo tailoring of the housing federation: a lower worker contribution, agreed with its cooperatives. */
    public static Overlay housingFederationTailoring() {
        return Overlay.builder()
                .workerContribution(euros(54))
                .build();
    }

    /**
     * Demo local project of the Lombardy mutual: home care and physiotherapy at home through the regional
     * socio-sanitary network of cooperatives, funded locally.
     */
    public static Overlay lombardyLocalProjects() {
        return Overlay.builder()
                .addBenefit(HOME_CARE, BenefitArea.LOCAL, "Assistenza domiciliare (rete socio-sanitaria lombarda)")
                .vincolata(HOME_CARE, true)
                .costShare(HOME_CARE, ProviderRegime.COOPERATIVE_NETWORK, fixed(euros(10)))
                .perPersonYear(HOME_CARE, euros(1200))
                .waitingDays(HOME_CARE, WaitingCause.ILLNESS, 90)
                .waitingDays(HOME_CARE, WaitingCause.INJURY, 0)
                .addBenefit(HOME_PHYSIOTHERAPY, BenefitArea.PHYSIOTHERAPY_REHABILITATION,
                        "Fisioterapia a domicilio (rete socio-sanitaria lombarda)")
                .costShare(HOME_PHYSIOTHERAPY, ProviderRegime.COOPERATIVE_NETWORK, fixed(euros(15)))
                .perPersonYear(HOME_PHYSIOTHERAPY, euros(600))
                .minimumPerRequest(HOME_PHYSIOTHERAPY, euros(30))
                .waitingDays(HOME_PHYSIOTHERAPY, WaitingCause.ILLNESS, 60)
                .build();
    }
}
