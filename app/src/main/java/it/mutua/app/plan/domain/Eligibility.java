package it.mutua.app.plan.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may use a benefit. When no layer names any role, every enrolled role is eligible: whether family members are
 * enrolled at all is decided by the family extension, not repeated on each benefit.
 */
public record Eligibility(Set<FamilyRole> roles, int minAge, int maxAge) {

    public static final int NO_MAX_AGE = 130;

    public Eligibility {
        roles = roles.isEmpty() ? Set.copyOf(EnumSet.allOf(FamilyRole.class)) : Set.copyOf(roles);
    }

    public boolean admits(FamilyRole role, int age) {
        return roles.contains(role) && age >= minAge && age <= maxAge;
    }
}
