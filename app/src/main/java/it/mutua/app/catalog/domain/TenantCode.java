package it.mutua.app.catalog.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import it.mutua.app.kernel.RuleViolation;

/**
 * The short slug people use to name a tenant ({@code nazionale}, {@code lombardia}, {@code coop-arcobaleno}).
 * Lower-case letters, digits and dashes, 3 to 40 characters. It is shown to people and used in URLs, never in SQL
 * identifiers (schema names are generated from the id).
 */
public record TenantCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");
    private static final Set<String> RESERVED = Set.of("api", "admin", "control", "reporting", "public", "health",
            "openapi", "me", "current", "new", "system");

    public static TenantCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolation.invalid("code", "tenant.code.required");
        }
        if (raw.length() > 40) {
            throw RuleViolation.invalid("code", "tenant.code.format");
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches() || value.contains("--")) {
            throw RuleViolation.invalid("code", "tenant.code.format");
        }
        if (RESERVED.contains(value)) {
            throw RuleViolation.invalid("code", "tenant.code.reserved", value);
        }
        return new TenantCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
