package it.mutua.app.claim.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * Where a claim is (DESIGN §7): submitted → auto-checked → in review (when sampled) → approved / partly approved /
 * rejected → paid. A decided claim may be reopened (the member's appeal, or an officer's correction) back into
 * review; a paid claim is final.
 */
public enum ClaimStatus {
    SUBMITTED, AUTO_CHECKED, IN_REVIEW, APPROVED, PARTLY_APPROVED, REJECTED, PAID;

    private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = Map.ofEntries(
            entry(SUBMITTED, EnumSet.of(AUTO_CHECKED)),
            entry(AUTO_CHECKED, EnumSet.of(IN_REVIEW, APPROVED, PARTLY_APPROVED, REJECTED)),
            entry(IN_REVIEW, EnumSet.of(APPROVED, PARTLY_APPROVED, REJECTED)),
            entry(APPROVED, EnumSet.of(PAID, IN_REVIEW)),
            entry(PARTLY_APPROVED, EnumSet.of(PAID, IN_REVIEW)),
            entry(REJECTED, EnumSet.of(IN_REVIEW)),
            entry(PAID, EnumSet.noneOf(ClaimStatus.class)));

    public boolean canMoveTo(ClaimStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Decided and waiting for a payment batch. */
    public boolean payable() {
        return this == APPROVED || this == PARTLY_APPROVED;
    }

    public boolean decided() {
        return this == APPROVED || this == PARTLY_APPROVED || this == REJECTED;
    }
}
