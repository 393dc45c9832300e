package it.mutua.app.kernel;


/**
 * The 20 Italian regions, with their ISTAT code. Regions matter to Mutua because integrative health plans are
 * often negotiated regionally and coverage rules reference the member's region of residence.
 *
 * <p>The ISTAT code, not the enum name, is what should be persisted and exchanged: it is the official, stable
 * identifier used in ISTAT and Agenzia delle Entrate datasets, whereas names have bilingual official forms.
 */
public enum Region {
    PIEMONTE("01", "Piemonte"),
    VALLE_D_AOSTA("02", "Valle d'Aosta", "Valle d'Aosta/Vallée d'Aoste"),
    LOMBARDIA("03", "Lombardia"),
    TRENTINO_ALTO_ADIGE("04", "Trentino-Alto Adige", "Trentino-Alto Adige/Südtirol"),
    VENETO("05", "Veneto"),
    FRIULI_VENEZIA_GIULIA("06", "Friuli-Venezia Giulia"),
    LIGURIA("07", "Liguria"),
    EMILIA_ROMAGNA("08", "Emilia-Romagna"),
    TOSCANA("09", "Toscana"),
    UMBRIA("10", "Umbria"),
    MARCHE("11", "Marche"),
    LAZIO("12", "Lazio"),
    ABRUZZO("13", "Abruzzo"),
    MOLISE("14", "Molise"),
    CAMPANIA("15", "Campania"),
    PUGLIA("16", "Puglia"),
    BASILICATA("17", "Basilicata"),
    CALABRIA("18", "Calabria"),
    SICILIA("19", "Sicilia"),
    SARDEGNA("20", "Sardegna");

    /** Field name used in {@link InvalidValueException#field()}. */
    public static final String FIELD = "region";

    private final String istatCode;
    private final String italianName;
    private final String officialName;

    Region(String istatCode, String italianName) {
        this(istatCode, italianName, italianName);
    }

    Region(String istatCode, String italianName, String officialName) {
        this.istatCode = istatCode;
        this.italianName = italianName;
        this.officialName = officialName;
    }

    /** Two-digit ISTAT code, "01" to "20". */
    public String istatCode() {
        return istatCode;
    }

    /** Usual Italian name, for display (e.g. "Valle d'Aosta"). */
    public String italianName() {
        return italianName;
    }

    /** Official ISTAT denomination, bilingual where the statute says so (e.g. "Trentino-Alto Adige/Südtirol"). */
    public String officialName() {
        return officialName;
    }

    /**
     * Looks a region up by ISTAT code. Surrounding spaces are ignored and a single digit is accepted ("3" for
     * "03") because spreadsheets and some exports store the code as a number and drop the leading zero.
     *
     * @throws InvalidValueException {@code region.required} if null or blank, {@code region.unknown} otherwise
     */
    public static Region ofIstatCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(FIELD + ".required", FIELD,
                    "La regione è obbligatoria.",
                    "The region is required.");
        }
        String normalised = code.strip();
        if (normalised.length() == 1) {
            normalised = "0" + normalised;
        }
        for (Region region : values()) {
            if (region.istatCode.equals(normalised)) {
                return region;
            }
        }
        throw new InvalidValueException(FIELD + ".unknown", FIELD,
                "Codice regione ISTAT sconosciuto: deve essere un numero da 01 a 20.",
                "Unknown ISTAT region code: it must be a number from 01 to 20.");
    }
}
