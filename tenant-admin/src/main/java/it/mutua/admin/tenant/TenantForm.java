package it.mutua.admin.tenant;

import it.mutua.admin.api.NewTenant;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Form bean of "Nuovo ente". Knows which fields each kind needs and turns the input into the API's request: trimmed,
 * the code in lower case, spaces removed from the partita IVA, and fields that do not belong to the kind left out.
 * The API checks the rules (code format, partita IVA checksum, region of the parent); its messages go next to the
 * fields.
 */
public class TenantForm {

    static final int MAX_CODE = 40;

    private String kind = "COOPERATIVE";
    private String name = "";
    private String code = "";
    private String vatNumber = "";
    private String region;
    private String federation;
    private String sector;

    static boolean needsVatNumber(String kind) {
        return "COOPERATIVE".equals(kind);
    }

    static boolean needsRegion(String kind) {
        return "COOPERATIVE".equals(kind) || "REGIONAL".equals(kind);
    }

    static boolean needsFederation(String kind) {
        return "COOPERATIVE".equals(kind);
    }

    static boolean needsSector(String kind) {
        return "FEDERATION".equals(kind);
    }

    /** A code proposed from the name: "Cooperativa Sociale Il Faro" → "cooperativa-sociale-il-faro" (at most 40). */
    static String suggestCode(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_CODE) {
            slug = slug.substring(0, MAX_CODE).replaceAll("-+$", "");
        }
        return slug;
    }

    NewTenant toRequest(String parent) {
        return new NewTenant(kind, code.strip().toLowerCase(Locale.ROOT), name.strip(),
                "FEDERATION".equals(kind) ? null : parent,
                needsFederation(kind) ? blankToNull(federation) : null,
                needsSector(kind) ? blankToNull(sector) : null,
                needsVatNumber(kind) ? blankToNull(vatNumber.replaceAll("\\s", "")) : null,
                needsRegion(kind) ? blankToNull(region) : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber == null ? "" : vatNumber;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getFederation() {
        return federation;
    }

    public void setFederation(String federation) {
        this.federation = federation;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }
}
