package it.mutua.app.plan.domain;

import java.util.Objects;

/**
 * One field-level change a layer makes. Adding a benefit is its own kind of change (not a plain set) so that adding a
 * code that already exists is refused as a duplicate instead of silently overwriting an inherited benefit.
 */
public sealed interface FieldChange {

    /** The path the change is about: the resolver checks locks against it. */
    String path();

    /** Creates benefit {@code code}; fails if an upper layer (or this one) already has it. */
    record AddBenefit(String code, BenefitArea area, String name) implements FieldChange {
        public AddBenefit {
            PlanPaths.validateBenefitCode(code, "benefits");
            Objects.requireNonNull(area, "area");
            PlanPaths.validateValue(PlanPaths.benefitName(code), name);
        }

        @Override
        public String path() {
            return PlanPaths.benefit(code);
        }
    }

    /** Sets (adds or overrides) one field. */
    record Set(String path, Object value) implements FieldChange {
        public Set {
            PlanPaths.validateValue(path, value);
            if (path.endsWith("/area") && path.startsWith("benefits/")) {
                // The area decides the benefit's defaults and reporting bucket; changing it is a different benefit.
                throw it.mutua.app.kernel.RuleViolation.invalid(path, "plan.benefit.areaFixed");
            }
        }
    }

    /** Removes a field or a whole subtree (e.g. one provider regime, one benefit). */
    record Remove(String path) implements FieldChange {
        public Remove {
            PlanPaths.validateRemovePath(path);
        }
    }

    /** Locks a field or a subtree for every lower layer. */
    record Lock(String path) implements FieldChange {
        public Lock {
            PlanPaths.validateLockPath(path);
        }
    }
}
