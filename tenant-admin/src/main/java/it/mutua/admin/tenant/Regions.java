package it.mutua.admin.tenant;

import java.util.List;
import java.util.Map;

/**
 * The 20 Italian regions by ISTAT code, as the catalog stores them ("03" = Lombardia). Region names are proper names:
 * the same in both languages of the UI.
 */
public final class Regions {

    public static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("01", "Piemonte"), Map.entry("02", "Valle d'Aosta"), Map.entry("03", "Lombardia"),
            Map.entry("04", "Trentino-Alto Adige"), Map.entry("05", "Veneto"), Map.entry("06", "Friuli-Venezia Giulia"),
            Map.entry("07", "Liguria"), Map.entry("08", "Emilia-Romagna"), Map.entry("09", "Toscana"),
            Map.entry("10", "Umbria"), Map.entry("11", "Marche"), Map.entry("12", "Lazio"), Map.entry("13", "Abruzzo"),
            Map.entry("14", "Molise"), Map.entry("15", "Campania"), Map.entry("16", "Puglia"),
            Map.entry("17", "Basilicata"), Map.entry("18", "Calabria"), Map.entry("19", "Sicilia"),
            Map.entry("20", "Sardegna"));

    public static final List<String> CODES = BY_CODE.keySet().stream().sorted().toList();

    private Regions() {
    }

    /** "Lombardia (03)", or the code as sent when unknown. */
    public static String label(String code) {
        if (code == null) {
            return "";
        }
        String name = BY_CODE.get(code);
        return name == null ? code : name + " (" + code + ")";
    }
}
