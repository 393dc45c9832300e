package it.mutua.admin.members;

import it.mutua.admin.api.MembersApi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Coverage periods in plain words for a grid cell: "covered since 01/01/2026 (SOCIAL_COOPERATION)", "covered until
 * 31/03/2026", or "not covered". Pure, so it is tested without a browser.
 */
public final class Periods {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Periods() {
    }

    /** The period covering {@code day}, else the latest one. */
    public static java.util.Optional<MembersApi.Period> relevant(List<MembersApi.Period> periods, LocalDate day) {
        return periods.stream().filter(p -> p.coversOn(day)).findFirst()
                .or(() -> periods.stream().max(Comparator.comparing(MembersApi.Period::startDate)));
    }

    public static String describe(List<MembersApi.Period> periods, LocalDate today,
                                  BiFunction<String, Object[], String> translate) {
        return relevant(periods == null ? List.of() : periods, today).map(p -> {
            if (p.coversOn(today)) {
                return p.endDate() == null
                        ? translate.apply("periods.since", new Object[] {DAY.format(p.startDate()), p.planCode()})
                        : translate.apply("periods.until", new Object[] {DAY.format(p.endDate()), p.planCode()});
            }
            return p.startDate().isAfter(today)
                    ? translate.apply("periods.from", new Object[] {DAY.format(p.startDate()), p.planCode()})
                    : translate.apply("periods.ended", new Object[] {DAY.format(p.endDate())});
        }).orElseGet(() -> translate.apply("periods.none", new Object[0]));
    }
}
