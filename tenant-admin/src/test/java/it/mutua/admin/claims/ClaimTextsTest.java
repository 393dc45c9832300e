package it.mutua.admin.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.ClaimData;
import it.mutua.admin.i18n.MessagesI18NProvider;

/** Claims in words, against the real bundles, in both languages. */
class ClaimTextsTest {

    private static final MessagesI18NProvider BUNDLES = new MessagesI18NProvider();
    private static final ClaimTexts IT = new ClaimTexts((k, a) -> BUNDLES.getTranslation(k, Locale.ITALIAN, a), Locale.ITALIAN);
    private static final ClaimTexts EN = new ClaimTexts((k, a) -> BUNDLES.getTranslation(k, Locale.ENGLISH, a), Locale.ENGLISH);
    private static final ClaimData.Reason MINIMUM = new ClaimData.Reason("claim.reason.minimum", List.of("60.00"),
            "si applica il minimo di € 60,00", "the minimum of €60.00 applies");

    @Test
    void everyStatusAndRegimeHasAWordInBothLanguages() {
        for (String status : ClaimTexts.STATUSES) {
            assertFalse(IT.status(status).startsWith("!"), status);
            assertFalse(EN.status(status).startsWith("!"), status);
        }
        assertEquals("In revisione", IT.status("IN_REVIEW"));
        assertEquals("Partly approved", EN.status("PARTLY_APPROVED"));
        assertEquals("Fuori rete", IT.regime("OUT_OF_NETWORK"));
    }

    @Test
    void aReasonIsShownInTheUsersLanguage() {
        ClaimData.Line line = new ClaimData.Line(1, "HIGH_SPECIALISATION_DIAGNOSTICS", "HIGH_SPECIALISATION_DIAGNOSTICS",
                false, null, "Centro", "OUT_OF_NETWORK", null, "150.00", "CD-1", null, "ILLNESS", null, "90.00", "90.00",
                "60.00", List.of(MINIMUM, new ClaimData.Reason("x.code", List.of(), "", "")));
        assertEquals("si applica il minimo di € 60,00 · x.code", IT.reasons(line));
        assertEquals("the minimum of €60.00 applies · x.code", EN.reasons(line));
        assertEquals("Alta specializzazione", IT.benefit(line.benefit()));
        assertEquals("VISITS_PLUS", IT.benefit("VISITS_PLUS"), "a layer's own benefit keeps its code");
    }

    @Test
    void whySamplingSentAClaimToReviewIsSaidInWords() {
        assertEquals("importo sopra la soglia", IT.sampled("threshold"));
        assertEquals("benefit always reviewed", EN.sampled("benefit"));
        assertEquals("estratta a caso", IT.sampled("random"));
        assertEquals("", IT.sampled(null));
        assertEquals("manual", IT.sampled("manual"), "an unknown reason is shown as sent");
    }

    @Test
    void onlyAClaimInReviewIsDecidedAndOnlyADecidedUnpaidOneIsReopened() {
        ClaimData.Claim inReview = DecisionFormTest.claim();
        assertTrue(ClaimTexts.decidable(inReview));
        assertFalse(ClaimTexts.reopenable(inReview));
        ClaimData.Claim rejected = new ClaimData.Claim(1, "REJECTED", null, null, null, "1", "1", "0", null, null, null,
                "no", null, null, null, null, null, null, null);
        assertFalse(ClaimTexts.decidable(rejected));
        assertTrue(ClaimTexts.reopenable(rejected));
        ClaimData.Claim batched = new ClaimData.Claim(1, "APPROVED", null, null, null, "1", "1", "1", null, null, null,
                null, null, 4L, null, null, null, null, null);
        assertFalse(ClaimTexts.reopenable(batched), "a claim already in a payment batch is not reopened");
    }
}
