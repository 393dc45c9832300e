package it.mutua.app.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsCaseAndApostrophesDoNotMatter() {
        assertEquals("universita", SearchText.key("Università"));
        assertEquals("universita", SearchText.key("UNIVERSITA'"));
        assertEquals("casa di cura sant anna cantu", SearchText.key("Casa di Cura Sant’Anna - Cantù"));
    }

    @Test
    void punctuationAndRunsOfSpacesBecomeOneSpace() {
        assertEquals("poliambulatorio s luca", SearchText.key("  Poliambulatorio   S. Luca  "));
        assertEquals("", SearchText.key(null));
        assertEquals("", SearchText.key(" -- "));
    }
}
