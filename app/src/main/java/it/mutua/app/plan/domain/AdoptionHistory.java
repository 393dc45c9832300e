package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A cooperative's adoptions through time: at most one plan in force on any date (its workers are enrolled
 * collectively in one plan). A new adoption must start after the latest one, which it closes the day before: what
 * applied on a past date — the basis of every claim already judged — never changes.
 */
public record AdoptionHistory(List<Adoption> adoptions) {

    public AdoptionHistory {
        var sorted = new ArrayList<>(adoptions);
        sorted.sort(Comparator.comparing(Adoption::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).effectiveFrom().isAfter(sorted.get(i - 1).effectiveFrom())) {
                throw RuleViolation.invalid("adoptions[" + i + "].effectiveFrom", "plan.adoption.notAfterLatest",
                        sorted.get(i).effectiveFrom(), sorted.get(i - 1).effectiveFrom());
            }
        }
        adoptions = List.copyOf(sorted);
    }

    public static AdoptionHistory empty() {
        return new AdoptionHistory(List.of());
    }

    public Optional<Adoption> inForceOn(LocalDate date) {
        return adoptions.stream().filter(a -> a.inForceOn(date)).findFirst();
    }

    public Optional<Adoption> latest() {
        return adoptions.isEmpty() ? Optional.empty() : Optional.of(adoptions.getLast());
    }

    /** The latest adoption of {@code planCode}, if the cooperative ever adopted it. */
    public Optional<Adoption> latestOf(String planCode) {
        return adoptions.reversed().stream().filter(a -> a.planCode().equals(planCode)).findFirst();
    }

    public int nextNumber() {
        return adoptions.stream().mapToInt(Adoption::number).max().orElse(0) + 1;
    }

    /**
     * The history after adopting {@code next}: refused (409) unless it starts after the latest adoption; the latest
     * is closed the day before. Switching to another plan code works the same way.
     */
    public AdoptionHistory adopt(Adoption next) {
        var all = new ArrayList<>(adoptions);
        latest().ifPresent(latest -> {
            if (!next.effectiveFrom().isAfter(latest.effectiveFrom())) {
                throw RuleViolation.conflict("plan.adoption.notAfterLatest", next.effectiveFrom(),
                        latest.effectiveFrom());
            }
            all.set(all.size() - 1, latest.closedBefore(next.effectiveFrom()));
        });
        all.add(next);
        return new AdoptionHistory(all);
    }
}
