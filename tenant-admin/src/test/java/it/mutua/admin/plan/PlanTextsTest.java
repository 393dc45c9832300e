package it.mutua.admin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import it.mutua.admin.i18n.MessagesI18NProvider;

/** Plan fields in words, against the real bundles, in both languages. */
class PlanTextsTest {

    private static final MessagesI18NProvider BUNDLES = new MessagesI18NProvider();
    private static final PlanTexts IT = new PlanTexts((key, args) -> BUNDLES.getTranslation(key, Locale.ITALIAN, args), Locale.ITALIAN);
    private static final PlanTexts EN = new PlanTexts((key, args) -> BUNDLES.getTranslation(key, Locale.ENGLISH, args), Locale.ENGLISH);

    private static final PlanModel.Layer NATIONAL = new PlanModel.Layer("NATIONAL", "nazionale", "Mutua Nazionale");
    private static final PlanModel.Layer HOUSING = new PlanModel.Layer("FEDERATION", "housing", "Federazione Abitanti");
    private static final PlanModel.Layer LOMBARDY = new PlanModel.Layer("REGIONAL", "lombardia", "Mutua Lombardia");

    private static PlanModel.Field field(String provenance, PlanModel.Layer setBy, PlanModel.Layer lockedBy) {
        return new PlanModel.Field("contributions/worker", Json.createValue("72.00"), "OVERRIDE", provenance, setBy,
                NATIONAL, lockedBy);
    }

    @Test
    void provenanceSaysWhoChangedOrAddedAValue() {
        assertEquals("Base nazionale", IT.provenance(field("BASE", NATIONAL, null)));
        assertEquals("Modificato da Federazione Abitanti", IT.provenance(field("CHANGED", HOUSING, null)));
        assertEquals("Aggiunto da Mutua Lombardia", IT.provenance(field("ADDED", LOMBARDY, null)));
        assertEquals("Changed by Federazione Abitanti", EN.provenance(field("CHANGED", HOUSING, null)));
        assertEquals("National base", EN.provenance(field("BASE", NATIONAL, null)));
    }

    @Test
    void aLockNamesItsOwnerAndNoLockSaysNothing() {
        assertEquals("Bloccato da Federazione Abitanti", IT.lock(field("CHANGED", HOUSING, HOUSING)));
        assertEquals("", IT.lock(field("BASE", NATIONAL, null)));
    }

    @Test
    void pathsReadAsLabels() {
        assertEquals("Contributo annuo per lavoratore", IT.label("contributions/worker"));
        assertEquals("Massimale per persona all'anno", IT.label("benefits/DENTAL/ceilings/perPersonYear"));
        assertEquals("A carico dell'iscritto: rete cooperativa", IT.label("benefits/DENTAL/regimes/COOPERATIVE_NETWORK/costShare"));
        assertEquals("Carenza: gravidanza", IT.label("benefits/BIRTH/waitingDays/PREGNANCY"));
        assertEquals("Contributo annuo familiare: figlio, 0-25 anni", IT.label("contributions/family/CHILD/0-25"));
        assertEquals("Eligible: spouse", EN.label("benefits/DENTAL/eligibility/roles/SPOUSE"));
        assertEquals("somethingNew", IT.label("benefits/X/somethingNew"), "an unknown benefit field shows as sent");
        assertEquals("options/other", IT.label("options/other"), "an unknown plan field shows as sent");
    }

    @Test
    void moneyIsWrittenInEurosInTheUsersLanguageFromTheExactDecimal() {
        assertEquals("1.026,50 €", IT.value("contributions/worker", Json.createValue("1026.50")).replace('\u00a0', ' '));
        assertEquals("€1,026.50", EN.value("contributions/worker", Json.createValue("1026.50")));
    }

    @Test
    void costSharesReadAsSentences() {
        var scoperto = Json.createObjectBuilder().add("type", "SCOPERTO").add("percent", "30").add("minimum", "60.00").build();
        assertEquals("scoperto del 30% (minimo 60,00 €)",
                IT.value("benefits/V/regimes/OUT_OF_NETWORK/costShare", scoperto).replace('\u00a0', ' '));
        var fixed = Json.createObjectBuilder().add("type", "FIXED").add("amount", "30.00").build();
        assertEquals("fixed €30.00 per event", EN.value("benefits/V/regimes/COOPERATIVE_NETWORK/costShare", fixed));
        var none = Json.createObjectBuilder().add("type", "NONE").build();
        assertEquals("nulla", IT.value("benefits/V/regimes/SSN_TICKET/costShare", none));
    }

    @Test
    void flagsDaysAgesAndAreasReadAsWords() {
        assertEquals("Sì", IT.value("options/familyExtension", JsonValue.TRUE));
        assertEquals("No", EN.value("benefits/V/vincolata", JsonValue.FALSE));
        assertEquals("180 giorni", IT.value("benefits/V/waitingDays/ILLNESS", Json.createValue(180)));
        assertEquals("65 years", EN.value("benefits/V/eligibility/maxAge", Json.createValue(65)));
        assertEquals("Cure odontoiatriche", IT.value("benefits/D/area", Json.createValue("DENTAL")));
        assertEquals("—", IT.value("contributions/worker", null));
    }
}
