package it.mutua.app.member.importing.domain;

import java.util.Locale;

import it.mutua.app.kernel.RuleViolation;

/** What an upload asks for. */
public enum ImportMode {
    /** Validate and reconcile, report what would happen, write nothing. */
    DRY_RUN,
    /** The default: one transaction; one bad line and nothing is written. */
    ALL_OR_NOTHING,
    /** Write the valid lines, report the others. */
    VALID_LINES;

    /** From the query parameter form: {@code dry-run}, {@code all-or-nothing}, {@code valid-lines}. */
    public static ImportMode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ALL_OR_NOTHING;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("mode", "member.import.mode_unknown", raw);
        }
    }

    public boolean writes() {
        return this != DRY_RUN;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
