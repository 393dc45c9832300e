package it.mutua.app.plan.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a plan costs per year: for the worker-member, and per family member by role and age band. */
public record Contributions(Optional<Money> workerPerYear, List<FamilyContribution> family) {

    /** The yearly contribution for a family member of {@code role} in {@code band}. */
    public record FamilyContribution(FamilyRole role, AgeBand band, Money perYear) {
        public FamilyContribution {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(perYear, "perYear");
        }
    }

    public Contributions {
        family = List.copyOf(family);
    }

    /** The contribution for a family member of this role and age; empty when the plan has none (not covered). */
    public Optional<Money> forFamilyMember(FamilyRole role, int age) {
        return family.stream()
                .filter(c -> c.role() == role && c.band().contains(age))
                .map(FamilyContribution::perYear)
                .findFirst();
    }
}
