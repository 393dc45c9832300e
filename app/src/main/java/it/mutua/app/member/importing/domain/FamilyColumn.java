package it.mutua.app.member.importing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the family file, by their Italian header names (case and surrounding spaces do not matter, order is
 * free, other columns are ignored): who the holder is, the relative's role, identity and names, and from when.
 */
public enum FamilyColumn {
    CODICE_FISCALE_TITOLARE(true),
    RUOLO(true),
    CODICE_FISCALE(true),
    COGNOME(true),
    NOME(true),
    DATA_INIZIO(false);

    private final boolean required;

    FamilyColumn(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FamilyColumn> ofHeader(String header) {
        String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (FamilyColumn c : values()) {
            if (c.header().equals(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The header line of a family file, {@code ;}-separated. */
    public static String headerLine() {
        StringBuilder b = new StringBuilder();
        for (FamilyColumn c : values()) {
            b.append(b.isEmpty() ? "" : ";").append(c.header());
        }
        return b.toString();
    }
}
