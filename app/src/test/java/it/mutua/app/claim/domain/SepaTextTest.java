package it.mutua.app.claim.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names reach the bank in the EPC Latin character set, at most as long as the field. */
class SepaTextTest {

    @Test
    void italian_accents_lose_their_accent() {
        assertEquals("Niccolo Della Citta", SepaText.latin("Niccolò Della Città", 70));
        assertEquals("Perche E cosi", SepaText.latin("Perché È così", 70));
    }

    @Test
    void an_ascii_name_with_the_allowed_punctuation_stays_as_it_is() {
        assertEquals("D'Amico Maria-Grazia (detta Lella), 3/4 ? : . +",
                SepaText.latin("D'Amico Maria-Grazia (detta Lella), 3/4 ? : . +", 70));
    }

    @Test
    void letters_without_a_decomposition_are_spelled_out() {
        assertEquals("Strasse AEro oe o l d", SepaText.latin("Straße Æro œ ø ł đ", 70));
    }

    @Test
    void typographic_apostrophes_become_the_ascii_one_and_the_ampersand_a_plus() {
        assertEquals("D'Alo + Figli", SepaText.latin("D’Alò & Figli", 70));
    }

    @Test
    void characters_outside_the_set_become_spaces_and_blanks_collapse() {
        assertEquals("Rossi Mario", SepaText.latin("  Rossi\t\t*Mario*  ", 70));
        assertEquals("Li Wei", SepaText.latin("Li 李 Wei", 70));
    }

    @Test
    void a_long_name_is_cut_to_the_field_length_without_a_trailing_blank() {
        String cut = SepaText.latin("A".repeat(69) + " B", 70);
        assertEquals("A".repeat(69), cut);
        assertEquals(70, SepaText.latin("Ò".repeat(100), 70).length());
    }

    @Test
    void a_name_of_which_nothing_survives_is_not_provided_rather_than_empty() {
        assertEquals(SepaText.NOT_PROVIDED, SepaText.latin("李伟", 70));
        assertEquals(SepaText.NOT_PROVIDED, SepaText.latin(null, 70));
    }

    @Test
    void whatever_goes_in_only_allowed_characters_come_out() {
        String out = SepaText.latin("Ñandú Øresund – Groß‐Gerau « ü » № 5 ½ € @ #", 140);
        assertTrue(out.chars().allMatch(c -> SepaText.allowed((char) c)), out);
        assertEquals("Nandu Oresund - Gross Gerau u No 5 1 2", out);
    }
}
