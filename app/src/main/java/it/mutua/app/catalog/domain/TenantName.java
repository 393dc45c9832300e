package it.mutua.app.catalog.domain;

import it.mutua.app.kernel.RuleViolation;

/** A tenant's display name: 2–200 printable characters, surrounding spaces removed. */
public final class TenantName {

    private TenantName() {
    }

    public static String of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolation.invalid("name", "tenant.name.required");
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.length() < 2 || value.length() > 200) {
            throw RuleViolation.invalid("name", "tenant.name.length");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw RuleViolation.invalid("name", "tenant.name.format");
        }
        return value;
    }
}
