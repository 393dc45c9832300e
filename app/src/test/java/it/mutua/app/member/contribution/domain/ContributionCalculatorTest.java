package it.mutua.app.member.contribution.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.mutua.app.plan.domain.AgeBand;
import it.mutua.app.plan.domain.Contributions;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.Money;

class ContributionCalculatorTest {

    /** The social-cooperation plan: €60 per worker, €60 spouse or child ≥ 26, €48 child &lt; 26. */
    private static final Contributions SOCIAL = new Contributions(Optional.of(Money.euros(60)), List.of(
            new Contributions.FamilyContribution(FamilyRole.SPOUSE, AgeBand.any(), Money.euros(60)),
            new Contributions.FamilyContribution(FamilyRole.CHILD, AgeBand.from(26), Money.euros(60)),
            new Contributions.FamilyContribution(FamilyRole.CHILD, AgeBand.between(0, 25), Money.euros(48))));
    private static final ContributionPeriod YEAR = ContributionPeriod.parse("2026");

    private static Insured person(long id, FamilyRole role, LocalDate born) {
        return new Insured(id, "CF" + id, role, born, "SOCIAL_COOPERATION");
    }

    @Test
    void aWorkerWithSpouseAndTwoChildrenCostsExactlyTheSumOfThePlanAmounts() {
        var result = ContributionCalculator.compute(YEAR, SOCIAL, List.of(
                person(1, FamilyRole.WORKER, LocalDate.of(1980, 5, 1)),
                person(2, FamilyRole.SPOUSE, LocalDate.of(1982, 7, 1)),
                person(3, FamilyRole.CHILD, LocalDate.of(1999, 1, 1)),
                person(4, FamilyRole.CHILD, LocalDate.of(2010, 1, 1))));
        assertEquals(List.of(Money.euros(60), Money.euros(60), Money.euros(60), Money.euros(48)),
                result.lines().stream().map(ContributionLine::amount).toList());
        assertEquals(Money.euros("228.00"), result.total());
    }

    @Test
    void aChildsAgeBandIsReadOnTheFirstDayOfThePeriod() {
        // 26 on 2 January 2026: still 25 on the 1st, so the under-26 amount for the whole year
        var result = ContributionCalculator.compute(YEAR, SOCIAL,
                List.of(person(3, FamilyRole.CHILD, LocalDate.of(2000, 1, 2))));
        assertEquals(25, result.lines().get(0).age());
        assertEquals(Money.euros(48), result.total());
    }

    @Test
    void aMonthChargesATwelfthRoundedHalfEvenToTheCent() {
        var march = ContributionPeriod.parse("2026-03");
        var result = ContributionCalculator.compute(march, SOCIAL, List.of(
                person(1, FamilyRole.WORKER, LocalDate.of(1980, 5, 1)),
                person(4, FamilyRole.CHILD, LocalDate.of(2010, 1, 1))));
        assertEquals(List.of(Money.euros("5.00"), Money.euros("4.00")),
                result.lines().stream().map(ContributionLine::amount).toList());
        Contributions odd = new Contributions(Optional.of(Money.euros("62.50")), List.of());
        assertEquals(Money.euros("5.21"), ContributionCalculator.compute(march, odd,
                List.of(person(1, FamilyRole.WORKER, LocalDate.of(1980, 5, 1)))).total(), "62.50 / 12 = 5.2083");
    }

    @Test
    void aRelativeThePlanAsksNothingForHasNoLineAndIsListed() {
        var result = ContributionCalculator.compute(YEAR, SOCIAL,
                List.of(person(5, FamilyRole.OTHER_DEPENDANT, LocalDate.of(1950, 1, 1))));
        assertEquals(List.of(), result.lines());
        assertEquals(Money.ZERO, result.total());
        assertEquals(5, result.uncharged().get(0).memberId());
    }

    @Test
    void periodsKnowTheirBoundsAndDueDates() {
        assertEquals(LocalDate.of(2026, 12, 31), YEAR.end());
        assertEquals(LocalDate.of(2026, 1, 31), YEAR.dueDate());
        var feb = ContributionPeriod.parse("2028-02");
        assertEquals(LocalDate.of(2028, 2, 29), feb.end());
        assertEquals(LocalDate.of(2028, 2, 29), feb.dueDate());
        assertEquals("2028-02", feb.code());
    }

    @Test
    void malformedPeriodsAreRefused() {
        for (String raw : new String[] {"26", "2026-13", "2026-3", "1999", "anno", ""}) {
            org.junit.jupiter.api.Assertions.assertThrows(it.mutua.app.kernel.RuleViolation.class,
                    () -> ContributionPeriod.parse(raw), raw);
        }
    }
}
