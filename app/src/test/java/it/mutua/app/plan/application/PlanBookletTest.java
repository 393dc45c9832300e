package it.mutua.app.plan.application;

import it.mutua.app.plan.domain.Adoption;
import it.mutua.app.plan.domain.AdoptionOptions;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.LayerDraft;
import it.mutua.app.plan.domain.LayerLevel;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.PlanResolver;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The booklet is rendered and read back with PDFBox: the Italian texts and figures a member needs are in it. */
class PlanBookletTest {

    private static final LayerRef SOCIAL = new LayerRef(LayerLevel.FEDERATION, "social", "Federazione Cooperative Sociali");
    private static final LayerRef LOMBARDY = new LayerRef(LayerLevel.REGIONAL, "lombardia", "Mutua Regionale Lombardia");
    private static final LayerRef COOP = new LayerRef(LayerLevel.COOPERATIVE, "coop-aurora", "Cooperativa Aurora");

    private static String text(EffectivePlan plan, Optional<PlanInForce> adoption) throws IOException {
        byte[] pdf = PlanBooklet.render(new PlanBooklet.Holder("Cooperativa Aurora", "coop-aurora",
                LocalDate.of(2026, 6, 1), adoption), plan);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static EffectivePlan fourLayers(boolean family) {
        var upstream = List.of(DemoPlans.socialCooperationNationalV1(),
                new LayerDraft(SOCIAL, DemoPlans.SOCIAL_COOPERATION, DemoPlans.socialFederationTailoring())
                        .publish("social:SOCIAL_COOPERATION:1", 1, DemoPlans.FIRST_DAY),
                new LayerDraft(LOMBARDY, DemoPlans.SOCIAL_COOPERATION, DemoPlans.lombardyLocalProjects())
                        .publish("lombardia:SOCIAL_COOPERATION:1", 1, DemoPlans.FIRST_DAY));
        return new PlanResolver().resolve(Adoption.withOptions(upstream, COOP, DemoPlans.SOCIAL_COOPERATION,
                new AdoptionOptions(family)));
    }

    @Test
    void the_booklet_lists_contributions_rules_per_regime_ceilings_waiting_periods_and_provenance() throws IOException {
        EffectivePlan plan = fourLayers(true);
        var adoption = new PlanInForce(7, "coop-aurora", DemoPlans.SOCIAL_COOPERATION, 1, DemoPlans.FIRST_DAY,
                Optional.empty(), new AdoptionOptions(true), List.of(), plan);

        String text = text(plan, Optional.of(adoption));

        for (String expected : List.of("Libretto del piano sanitario", "Piano sanitario cooperazione sociale",
                "Ente: Cooperativa Aurora (coop-aurora)", "Piano in vigore al 01/06/2026", "Adesione n. 1 dal 01/01/2026",
                "Estensione al nucleo familiare: offerta", "Lavoratore socio 60 € all'anno",
                "Familiare: coniuge, qualsiasi età 60 € all'anno", "Familiare: figlio, fino a 25 anni 48 € all'anno",
                "Familiare: figlio, da 26 anni 60 € all'anno", "Alta specializzazione diagnostica",
                "Struttura cooperativa convenzionata 30 € a carico dell'assistito per prestazione",
                "Altra struttura convenzionata 45 € a carico dell'assistito per prestazione",
                "scoperto 30% con minimo non indennizzabile di 60 €", "Ticket SSN franchigia di 15 € per prestazione",
                "Massimale per persona all'anno 800 € (modificato da Federazione Cooperative Sociali) — bloccato da "
                        + "Federazione Cooperative Sociali",
                "Assistenza domiciliare (rete socio-sanitaria lombarda) (aggiunto da Mutua Regionale Lombardia)",
                "Malattia: 90 giorni di carenza", "Infortunio: dal primo giorno",
                "Importo minimo per richiesta di rimborso 30 €", "Sottomassimale onlineSessions per persona all'anno 150 €",
                "Prestazioni vincolate (DM 27/10/2009)", "(national)")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
        }
    }

    @Test
    void a_cooperative_that_does_not_offer_the_family_extension_says_so() throws IOException {
        EffectivePlan plan = fourLayers(false);
        var adoption = new PlanInForce(7, "coop-aurora", DemoPlans.SOCIAL_COOPERATION, 2, DemoPlans.FIRST_DAY,
                Optional.of(LocalDate.of(2026, 12, 31)), new AdoptionOptions(false), List.of(), plan);

        String text = text(plan, Optional.of(adoption));

        assertTrue(text.contains("Estensione al nucleo familiare: non offerta"), text);
        assertTrue(text.contains("Adesione n. 2 dal 01/01/2026 al 31/12/2026"), text);
    }

    @Test
    void the_booklet_of_a_plan_without_an_adoption_has_no_adoption_lines() throws IOException {
        String text = text(new PlanResolver().resolve(List.of(DemoPlans.familyDentalNationalV1())), Optional.empty());

        assertFalse(text.contains("Adesione"), text);
        assertTrue(text.contains("Massimale per nucleo familiare all'anno 1.000 €"), text);
        assertTrue(text.contains("Odontoiatria"), text);
    }
}
