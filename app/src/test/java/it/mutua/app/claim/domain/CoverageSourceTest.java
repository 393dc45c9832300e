package it.mutua.app.claim.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The coverage port's batch questions: asked once each, and answered from what was read up front. */
class CoverageSourceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private final List<String> asked = new ArrayList<>();
    private final CoverageSource source = (fiscalCode, hint, date) -> {
        asked.add(fiscalCode + "@" + date);
        return fiscalCode.equals(Plans.WORKER) ? Optional.of(Plans.worker()) : Optional.empty();
    };

    @Test
    void by_default_many_questions_are_asked_one_by_one_but_each_only_once() {
        var a = new CoverageSource.Ask(Plans.WORKER, 42, DAY);
        var b = new CoverageSource.Ask(Plans.SPOUSE, 42, DAY);
        Map<CoverageSource.Ask, Optional<Coverage>> answers = source.coverageOnAll(List.of(a, b, a));

        assertEquals(2, asked.size());
        assertTrue(answers.get(a).isPresent());
        assertTrue(answers.get(b).isEmpty());
    }

    @Test
    void a_prefetched_source_answers_what_was_read_and_asks_the_owner_only_for_the_rest() {
        var a = new CoverageSource.Ask(Plans.WORKER, 42, DAY);
        CoverageSource prefetched = CoverageSource.prefetched(Map.of(a, Optional.empty()), source);

        assertTrue(prefetched.coverageOn(Plans.WORKER, 42, DAY).isEmpty(), "the answer read up front counts");
        assertTrue(asked.isEmpty());
        assertTrue(prefetched.coverageOn(Plans.WORKER, 42, DAY.plusDays(1)).isPresent());
        assertEquals(List.of(Plans.WORKER + "@" + DAY.plusDays(1)), asked);
    }
}
