package it.mutua.app.member.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.AgeBand;
import it.mutua.app.plan.domain.Contributions;
import it.mutua.app.plan.domain.Contributions.FamilyContribution;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.Money;

class FamilyEligibilityTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** The social-cooperation plan's family extension: spouse any age, children 0-25 (48) and 26+ (60). */
    private static final Contributions SOCIAL = new Contributions(Optional.of(euros(60)), List.of(
            new FamilyContribution(FamilyRole.SPOUSE, AgeBand.any(), euros(60)),
            new FamilyContribution(FamilyRole.CHILD, AgeBand.from(26), euros(60)),
            new FamilyContribution(FamilyRole.CHILD, AgeBand.between(0, 25), euros(48))));

    /** A plan that covers children up to 25 only, and no other dependants. */
    private static final Contributions CHILDREN_UNDER_26 = new Contributions(Optional.of(euros(60)), List.of(
            new FamilyContribution(FamilyRole.SPOUSE, AgeBand.any(), euros(60)),
            new FamilyContribution(FamilyRole.CHILD, AgeBand.between(0, 25), euros(48))));

    private static Money euros(int amount) {
        return Money.euros(amount);
    }

    @Test
    void ageIsInWholeYearsOnTheCoverageStart() {
        assertEquals(25, FamilyEligibility.ageOn(LocalDate.of(2000, 1, 2), START));
        assertEquals(26, FamilyEligibility.ageOn(LocalDate.of(2000, 1, 1), START));
    }

    @Test
    void aChildOfTwentyFiveIsCoveredByAPlanWhoseChildBandsStopAtTwentyFive() {
        assertTrue(FamilyEligibility.eligible(true, CHILDREN_UNDER_26, FamilyRole.CHILD, LocalDate.of(2000, 6, 1), START));
    }

    @Test
    void aChildOlderThanThePlanAllowsIsRefusedWith422NamingRoleAndAge() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> FamilyEligibility.require(true, CHILDREN_UNDER_26,
                FamilyRole.CHILD, LocalDate.of(1998, 6, 1), START, "TEST_PLAN"));
        assertEquals("member.family.not_eligible", e.code());
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, e.kind());
        assertEquals(List.of("CHILD", 27), List.of(e.args()));
    }

    @Test
    void theSocialCooperationPlanCoversChildrenOfAnyAgeAtTwoRates() {
        assertDoesNotThrow(() -> FamilyEligibility.require(true, SOCIAL, FamilyRole.CHILD, LocalDate.of(1990, 1, 1),
                START, "SOCIAL_COOPERATION"));
        assertDoesNotThrow(() -> FamilyEligibility.require(true, SOCIAL, FamilyRole.CHILD, LocalDate.of(2020, 1, 1),
                START, "SOCIAL_COOPERATION"));
    }

    @Test
    void aRoleWithoutAContributionIsNotCovered() {
        assertFalse(FamilyEligibility.eligible(true, SOCIAL, FamilyRole.OTHER_DEPENDANT, LocalDate.of(1950, 1, 1), START));
    }

    @Test
    void withoutTheFamilyExtensionNoFamilyMemberIsCoveredButTheWorkerAlwaysIs() {
        assertFalse(FamilyEligibility.eligible(false, SOCIAL, FamilyRole.SPOUSE, LocalDate.of(1980, 1, 1), START));
        assertTrue(FamilyEligibility.eligible(false, SOCIAL, FamilyRole.WORKER, LocalDate.of(1980, 1, 1), START));
        RuleViolation e = assertThrows(RuleViolation.class, () -> FamilyEligibility.require(false, SOCIAL,
                FamilyRole.SPOUSE, LocalDate.of(1980, 1, 1), START, "P"));
        assertEquals("member.family.no_extension", e.code());
    }
}
