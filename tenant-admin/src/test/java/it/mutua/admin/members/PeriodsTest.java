package it.mutua.admin.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.MembersApi;

class PeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static String describe(MembersApi.Period... periods) {
        return Periods.describe(List.of(periods), TODAY, (key, args) -> key + Arrays.toString(args));
    }

    private static MembersApi.Period period(LocalDate from, LocalDate to) {
        return new MembersApi.Period(1, "COLLECTIVE", "SOCIAL", from, to, null);
    }

    @Test
    void anOpenPeriodReadsCoveredSince() {
        assertEquals("periods.since[01/01/2026, SOCIAL]", describe(period(LocalDate.of(2026, 1, 1), null)));
    }

    @Test
    void aPeriodEndingLaterReadsCoveredUntil() {
        assertEquals("periods.until[31/12/2026, SOCIAL]", describe(period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
    }

    @Test
    void anEndedPeriodAndNoPeriodAtAllAreToldApart() {
        assertEquals("periods.ended[30/06/2026]", describe(period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))));
        assertEquals("periods.none[]", describe());
    }

    @Test
    void theCurrentPeriodWinsOverALaterOne() {
        assertEquals("periods.since[01/01/2026, SOCIAL]", describe(period(LocalDate.of(2027, 1, 1), null),
                period(LocalDate.of(2026, 1, 1), null)));
    }
}
