package it.mutua.app.network.domain;

import java.util.regex.Pattern;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.VatNumber;

/**
 * The descriptive part of a facility, validated: names, partita IVA (checked by {@link VatNumber}), type, address in
 * an existing ISTAT municipality, coordinates, the cooperative-provider flag (with the cooperative tenant, when the
 * provider is one of ours) and the convenzione. Built only through {@link #of}, so an invalid one does not exist.
 */
public record FacilityDetails(String name, String legalEntity, String vatNumber, FacilityType type, String address,
                              String postalCode, Municipality municipality, Coordinates coordinates,
                              boolean cooperativeProvider, Long cooperativeTenantId, Contract contract) {

    private static final Pattern CAP = Pattern.compile("\\d{5}");

    /** The raw values as they arrive from the API or a CSV line. */
    public record Input(String name, String legalEntity, String vatNumber, String type, String address,
                        String postalCode, String regionCode, String provinceCode, String municipalityCode,
                        Double latitude, Double longitude, boolean cooperativeProvider, Long cooperativeTenantId,
                        java.time.LocalDate contractFrom, java.time.LocalDate contractTo) {
    }

    public static FacilityDetails of(Input in, Places places) {
        String name = text(in.name(), "name", 200);
        String legalEntity = text(in.legalEntity(), "legalEntity", 200);
        String vat = VatNumber.parse(in.vatNumber()).value();
        FacilityType type = FacilityType.parse(in.type(), "type");
        String address = text(in.address(), "address", 200);
        String cap = in.postalCode() == null || in.postalCode().isBlank() ? null : in.postalCode().strip();
        if (cap != null && !CAP.matcher(cap).matches()) {
            throw RuleViolation.invalid("postalCode", "network.postalCode.invalid", cap);
        }
        Municipality m = places.municipality(in.regionCode(), in.provinceCode(), in.municipalityCode());
        if (in.latitude() == null || in.longitude() == null) {
            throw RuleViolation.invalid(in.latitude() == null ? "latitude" : "longitude", "network.coordinates.required");
        }
        Coordinates point = new Coordinates(in.latitude(), in.longitude());
        if (!in.cooperativeProvider() && in.cooperativeTenantId() != null) {
            throw RuleViolation.invalid("cooperativeTenant", "network.cooperativeTenant.notProvider");
        }
        return new FacilityDetails(name, legalEntity, vat, type, address, cap, m, point, in.cooperativeProvider(),
                in.cooperativeTenantId(), new Contract(in.contractFrom(), in.contractTo()));
    }

    /**
     * What identifies a facility in bulk loads, with the partita IVA: the address and municipality, normalised like
     * search text, so "Via Roma, 1" and "VIA ROMA 1" are the same place.
     */
    public String addressKey() {
        return SearchText.key(address) + "|" + municipality.istatCode();
    }

    public String nameKey() {
        return SearchText.key(name);
    }

    private static String text(String raw, String field, int max) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolation.invalid(field, "network.text.required");
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.length() > max) {
            throw RuleViolation.invalid(field, "network.text.tooLong", max);
        }
        return s;
    }
}
