package it.mutua.app.member.importing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the payroll file, by their Italian header names (case and surrounding spaces do not matter). The
 * order of the columns in the file is free; columns not listed here are ignored (payroll software exports many).
 */
public enum PayrollColumn {
    CODICE_FISCALE(true),
    COGNOME(true),
    NOME(true),
    DATA_ASSUNZIONE(true),
    DATA_CESSAZIONE(false),
    TIPO_CONTRATTO(false),
    EMAIL(false),
    IBAN(false);

    private final boolean required;

    PayrollColumn(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The header as written in the file, e.g. {@code data_assunzione}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PayrollColumn> ofHeader(String header) {
        String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (PayrollColumn c : values()) {
            if (c.header().equals(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
