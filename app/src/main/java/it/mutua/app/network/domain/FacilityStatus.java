package it.mutua.app.network.domain;

import java.util.Locale;

import it.mutua.app.kernel.RuleViolation;

/** Whether a facility takes members: only an ACTIVE one is in the network on a date. ENDED is final. */
public enum FacilityStatus {
    ACTIVE, SUSPENDED, ENDED;

    public static FacilityStatus parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid(field, "network.status.required");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(field, "network.status.unknown", text.strip());
        }
    }
}
