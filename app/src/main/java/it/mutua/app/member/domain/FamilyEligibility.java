package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.time.Period;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Contributions;
import it.mutua.app.plan.domain.FamilyRole;

/**
 * Whether a family member may be covered under a plan: the plan must offer the family extension and set a
 * contribution for the person's role at their age (the plan's age bands are its age rules: a plan whose children's
 * bands stop at 25 does not cover a 26-year-old child). The age is in whole years on the coverage start date.
 */
public final class FamilyEligibility {

    private FamilyEligibility() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public static boolean eligible(boolean familyExtension, Contributions contributions, FamilyRole role,
                                   LocalDate birthDate, LocalDate date) {
        if (role == FamilyRole.WORKER) {
            return true;
        }
        return familyExtension && contributions.forFamilyMember(role, ageOn(birthDate, date)).isPresent();
    }

    /** 422 {@code member.family.not_eligible} (role, age) when the plan does not cover this person. */
    public static void require(boolean familyExtension, Contributions contributions, FamilyRole role,
                               LocalDate birthDate, LocalDate date, String planCode) {
        if (!familyExtension) {
            throw RuleViolation.unprocessable("role", "member.family.no_extension", planCode);
        }
        if (!eligible(true, contributions, role, birthDate, date)) {
            throw RuleViolation.unprocessable("birthDate", "member.family.not_eligible", role.name(),
                    ageOn(birthDate, date));
        }
    }
}
