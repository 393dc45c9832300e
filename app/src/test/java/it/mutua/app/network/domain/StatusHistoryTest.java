package it.mutua.app.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;

class StatusHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final StatusHistory activeSinceJanuary = new StatusHistory(
            List.of(new StatusChange(1, FacilityStatus.ACTIVE, LocalDate.of(2026, 1, 1), null)));

    @Test
    void aChangeCannotTakeEffectInTheFuture() {
        var e = assertThrows(RuleViolation.class,
                () -> activeSinceJanuary.checkCanAdd(FacilityStatus.SUSPENDED, TODAY.plusDays(1), TODAY));
        assertEquals("network.status.future", e.code());
    }

    @Test
    void aBackDatedSuspensionIsAllowedButNotBeforeTheFirstStatus() {
        activeSinceJanuary.checkCanAdd(FacilityStatus.SUSPENDED, LocalDate.of(2026, 3, 1), TODAY);
        var e = assertThrows(RuleViolation.class,
                () -> activeSinceJanuary.checkCanAdd(FacilityStatus.SUSPENDED, LocalDate.of(2025, 12, 1), TODAY));
        assertEquals("network.status.beforeFirst", e.code());
    }

    @Test
    void settingTheStatusAlreadyInForceIsAConflict() {
        var e = assertThrows(RuleViolation.class,
                () -> activeSinceJanuary.checkCanAdd(FacilityStatus.ACTIVE, TODAY, TODAY));
        assertEquals(RuleViolation.Kind.CONFLICT, e.kind());
        assertEquals("network.status.unchanged", e.code());
    }

    @Test
    void nothingChangesAfterAnEnd() {
        var ended = new StatusHistory(List.of(new StatusChange(1, FacilityStatus.ACTIVE, LocalDate.of(2026, 1, 1), null),
                new StatusChange(2, FacilityStatus.ENDED, LocalDate.of(2026, 5, 1), null)));
        assertEquals("network.status.ended", assertThrows(RuleViolation.class,
                () -> ended.checkCanAdd(FacilityStatus.ACTIVE, TODAY, TODAY)).code());
    }

    @Test
    void twoChangesOnTheSameDayApplyInTheOrderTheyWereMade() {
        var day = LocalDate.of(2026, 2, 1);
        var h = new StatusHistory(List.of(new StatusChange(7, FacilityStatus.ACTIVE, day, null),
                new StatusChange(3, FacilityStatus.SUSPENDED, day, null)));
        assertEquals(FacilityStatus.ACTIVE, h.statusOn(day).orElseThrow());
        assertTrue(h.statusOn(day.minusDays(1)).isEmpty());
    }
}
