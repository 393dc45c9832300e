package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What one layer changes, as an ordered list of field-level changes. Order matters only in that a benefit must be
 * added before its fields are set. One overlay may not set the same path twice, nor add the same benefit twice: either
 * would hide which value the author meant.
 */
public record Overlay(List<FieldChange> changes) {

    public Overlay {
        changes = List.copyOf(changes);
        var added = new HashSet<String>();
        var set = new HashSet<String>();
        for (FieldChange change : changes) {
            switch (change) {
                case FieldChange.AddBenefit add -> {
                    if (!added.add(add.code())) {
                        throw RuleViolation.invalid(add.path(), "plan.benefit.duplicate", add.code());
                    }
                }
                case FieldChange.Set s -> {
                    if (!set.add(s.path())) {
                        throw RuleViolation.invalid(s.path(), "plan.overlay.duplicatePath", s.path());
                    }
                }
                default -> { }
            }
        }
    }

    public static Overlay empty() {
        return new Overlay(List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A new overlay with {@code more} changes appended: how a draft is edited. */
    public Overlay with(FieldChange... more) {
        var all = new ArrayList<>(changes);
        all.addAll(List.of(more));
        return new Overlay(all);
    }

    /** Fluent authoring; each method adds one change (validated at once, so the error points at the right line). */
    public static final class Builder {
        private final List<FieldChange> changes = new ArrayList<>();

        public Builder name(String name) {
            return set(PlanPaths.NAME, name);
        }

        public Builder workerContribution(Money perYear) {
            return set(PlanPaths.WORKER_CONTRIBUTION, perYear);
        }

        public Builder familyContribution(FamilyRole role, AgeBand band, Money perYear) {
            return set(PlanPaths.familyContribution(role, band), perYear);
        }

        public Builder familyExtension(boolean offered) {
            return set(PlanPaths.FAMILY_EXTENSION, offered);
        }

        public Builder addBenefit(String code, BenefitArea area, String name) {
            changes.add(new FieldChange.AddBenefit(code, area, name));
            return this;
        }

        public Builder costShare(String code, ProviderRegime regime, CostShare share) {
            return set(PlanPaths.costShare(code, regime), share);
        }

        public Builder perPersonYear(String code, Money ceiling) {
            return set(PlanPaths.perPersonYear(code), ceiling);
        }

        public Builder perFamilyYear(String code, Money ceiling) {
            return set(PlanPaths.perFamilyYear(code), ceiling);
        }

        public Builder subCeiling(String code, String key, Money perPersonYear) {
            return set(PlanPaths.subCeiling(code, key), perPersonYear);
        }

        public Builder minimumPerRequest(String code, Money minimum) {
            return set(PlanPaths.minimumPerRequest(code), minimum);
        }

        public Builder waitingDays(String code, WaitingCause cause, int days) {
            return set(PlanPaths.waitingDays(code, cause), days);
        }

        public Builder eligibleRoles(String code, FamilyRole... roles) {
            for (FamilyRole role : roles) {
                set(PlanPaths.eligibleRole(code, role), true);
            }
            return this;
        }

        public Builder ages(String code, int minAge, int maxAge) {
            return set(PlanPaths.minAge(code), minAge).set(PlanPaths.maxAge(code), maxAge);
        }

        public Builder vincolata(String code, boolean vincolata) {
            return set(PlanPaths.vincolata(code), vincolata);
        }

        public Builder set(String path, Object value) {
            changes.add(new FieldChange.Set(path, value));
            return this;
        }

        public Builder remove(String path) {
            changes.add(new FieldChange.Remove(path));
            return this;
        }

        public Builder lock(String path) {
            changes.add(new FieldChange.Lock(path));
            return this;
        }

        public Overlay build() {
            return new Overlay(changes);
        }
    }
}
