package it.mutua.app.member.importing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The contract types a payroll file may name, in the words payroll software uses. The file may write the Italian
 * word with or without the {@code tempo_} prefix, in any case: {@code indeterminato}, {@code Tempo determinato}.
 */
public enum ContractType {
    INDETERMINATO, DETERMINATO, APPRENDISTATO, PART_TIME, STAGIONALE, COLLABORAZIONE, ALTRO;

    public static Optional<ContractType> parse(String raw) {
        String v = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (v.startsWith("TEMPO_")) {
            v = v.substring("TEMPO_".length());
        }
        try {
            return Optional.of(valueOf(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
