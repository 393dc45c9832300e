package it.mutua.app.network.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import it.mutua.app.kernel.RuleViolation;

/**
 * The status changes of a facility, in effect order. Claims are judged on the service date, so the status that
 * matters is the one in force on a date, not today's; a change may be back-dated (a suspension discovered late) but
 * never dated in the future, so the stored current status is always today's.
 */
public final class StatusHistory {

    private static final Comparator<StatusChange> EFFECT_ORDER =
            Comparator.comparing(StatusChange::effectiveFrom).thenComparingLong(StatusChange::sequence);

    private final List<StatusChange> changes;

    public StatusHistory(List<StatusChange> changes) {
        this.changes = changes.stream().sorted(EFFECT_ORDER).toList();
    }

    public List<StatusChange> changes() {
        return changes;
    }

    /** The status in force on {@code date}; empty before the first change (the facility did not exist yet). */
    public Optional<FacilityStatus> statusOn(LocalDate date) {
        FacilityStatus found = null;
        for (StatusChange c : changes) {
            if (c.effectiveFrom().isAfter(date)) {
                break;
            }
            found = c.status();
        }
        return Optional.ofNullable(found);
    }

    /**
     * Checks a new change against the history: not in the future, not before the facility's first status, nothing
     * after an end, and a real change of the status in force on its date.
     */
    public void checkCanAdd(FacilityStatus status, LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom.isAfter(today)) {
            throw RuleViolation.invalid("effectiveFrom", "network.status.future", effectiveFrom);
        }
        if (!changes.isEmpty() && effectiveFrom.isBefore(changes.get(0).effectiveFrom())) {
            throw RuleViolation.invalid("effectiveFrom", "network.status.beforeFirst", changes.get(0).effectiveFrom());
        }
        if (changes.stream().anyMatch(c -> c.status() == FacilityStatus.ENDED)) {
            throw RuleViolation.conflict("network.status.ended");
        }
        if (statusOn(effectiveFrom).orElse(null) == status) {
            throw RuleViolation.conflict("network.status.unchanged", status, effectiveFrom);
        }
    }
}
