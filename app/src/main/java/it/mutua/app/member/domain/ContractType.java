package it.mutua.app.member.domain;

import java.util.Locale;

import it.mutua.app.kernel.RuleViolation;

/** How a worker-member is employed by the cooperative (payroll files use the Italian names, accepted as aliases). */
public enum ContractType {
    PERMANENT("INDETERMINATO"),
    FIXED_TERM("DETERMINATO"),
    APPRENTICESHIP("APPRENDISTATO"),
    SEASONAL("STAGIONALE"),
    OTHER("ALTRO");

    private final String italian;

    ContractType(String italian) {
        this.italian = italian;
    }

    public String italian() {
        return italian;
    }

    /** Parses the English or the Italian name, case-insensitive; null or blank means not given. */
    public static ContractType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (ContractType t : values()) {
            if (t.name().equals(value) || t.italian.equals(value)) {
                return t;
            }
        }
        throw RuleViolation.invalid("contractType", "member.contract_type.unknown", raw);
    }
}
