package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.util.List;

/**
 * Rules that involve more than one field and so can only be checked on the resolved plan: a lower layer may lower a
 * ceiling below a sub-ceiling an upper layer set, and only the combination is wrong. Single-field rules (sign, range,
 * type) are checked earlier, when a change is written ({@link PlanPaths}).
 */
final class PlanValidator {

    private PlanValidator() {
    }

    static void validate(EffectivePlan plan) {
        if (plan.field(PlanPaths.NAME).isEmpty()) {
            throw RuleViolation.invalid(PlanPaths.NAME, "plan.name.empty");
        }
        validateAgeBands(plan.contributions().family());
        plan.benefits().values().forEach(PlanValidator::validateBenefit);
    }

    private static void validateBenefit(EffectiveBenefit benefit) {
        String code = benefit.code();
        benefit.perPersonYear().ifPresent(person -> benefit.perFamilyYear().ifPresent(family -> {
            // The per-person ceiling is a sub-ceiling of the family one.
            if (family.isLessThan(person)) {
                throw RuleViolation.invalid(PlanPaths.perFamilyYear(code), "plan.ceiling.smallerThanSubCeiling",
                        family, person);
            }
        }));
        benefit.subCeilings().forEach((key, sub) -> {
            benefit.perPersonYear().filter(c -> c.isLessThan(sub)).ifPresent(c -> {
                throw RuleViolation.invalid(PlanPaths.perPersonYear(code), "plan.ceiling.smallerThanSubCeiling",
                        c, sub, key);
            });
            benefit.perFamilyYear().filter(c -> c.isLessThan(sub)).ifPresent(c -> {
                throw RuleViolation.invalid(PlanPaths.perFamilyYear(code), "plan.ceiling.smallerThanSubCeiling",
                        c, sub, key);
            });
        });
        benefit.minimumPerRequest().ifPresent(minimum -> {
            for (var ceiling : List.of(benefit.perPersonYear(), benefit.perFamilyYear())) {
                if (ceiling.isPresent() && minimum.isGreaterThan(ceiling.get())) {
                    throw RuleViolation.invalid(PlanPaths.minimumPerRequest(code), "plan.minimum.exceedsCeiling",
                            minimum, ceiling.get());
                }
            }
        });
        if (benefit.eligibility().minAge() > benefit.eligibility().maxAge()) {
            throw RuleViolation.invalid(PlanPaths.minAge(code), "plan.eligibility.ageRangeEmpty",
                    benefit.eligibility().minAge(), benefit.eligibility().maxAge());
        }
    }

    private static void validateAgeBands(List<Contributions.FamilyContribution> family) {
        for (int i = 0; i < family.size(); i++) {
            for (int j = i + 1; j < family.size(); j++) {
                var a = family.get(i);
                var b = family.get(j);
                if (a.role() == b.role() && a.band().overlaps(b.band())) {
                    throw RuleViolation.invalid(PlanPaths.familyContribution(b.role(), b.band()),
                            "plan.contribution.ageBandsOverlap", a.band().key(), b.band().key());
                }
            }
        }
    }
}
