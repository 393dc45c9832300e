package it.mutua.app.network.domain;

import java.util.Locale;

import it.mutua.app.kernel.RuleViolation;

/** What kind of facility it is. The Italian code is the one used in CSV files; the API accepts either. */
public enum FacilityType {
    HOSPITAL("OSPEDALE", "Ospedale / casa di cura", "Hospital"),
    CLINIC("POLIAMBULATORIO", "Poliambulatorio", "Outpatient clinic"),
    DIAGNOSTIC_CENTRE("CENTRO_DIAGNOSTICO", "Centro diagnostico", "Diagnostic centre"),
    DENTAL("ODONTOIATRIA", "Studio odontoiatrico", "Dental practice"),
    PHYSIOTHERAPY("FISIOTERAPIA", "Fisioterapia e riabilitazione", "Physiotherapy and rehabilitation"),
    HOME_CARE("ASSISTENZA_DOMICILIARE", "Assistenza domiciliare", "Home care"),
    RESIDENTIAL_CARE("RSA", "Residenza sanitaria assistenziale (RSA)", "Residential care home (RSA)"),
    SEMI_RESIDENTIAL("SEMIRESIDENZIALE", "Centro diurno semiresidenziale", "Semi-residential day centre"),
    LABORATORY("LABORATORIO", "Laboratorio di analisi", "Medical laboratory");

    private final String italianCode;
    private final String italian;
    private final String english;

    FacilityType(String italianCode, String italian, String english) {
        this.italianCode = italianCode;
        this.italian = italian;
        this.english = english;
    }

    public String italianCode() {
        return italianCode;
    }

    public String label(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? italian : english;
    }

    /** From the English name ({@code DENTAL}) or the Italian code ({@code ODONTOIATRIA}), any case. */
    public static FacilityType parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid(field, "network.type.required");
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (FacilityType t : values()) {
            if (t.name().equals(wanted) || t.italianCode.equals(wanted)) {
                return t;
            }
        }
        throw RuleViolation.invalid(field, "network.type.unknown", text.strip());
    }
}
