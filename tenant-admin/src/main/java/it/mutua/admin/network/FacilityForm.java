package it.mutua.admin.network;

import it.mutua.admin.api.NetworkApi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A facility as the owner's form edits it, bound field by field. Checked here so the reason shows next to the field
 * (required fields, 11-digit partita IVA, 6-digit ISTAT municipality, 5-digit CAP, coordinates in Italy's range, a
 * contract end not before its start); the API checks again and its violations are shown on the same fields.
 */
public final class FacilityForm {

    private String name;
    private String legalEntity;
    private String vatNumber;
    private String type;
    private String address;
    private String postalCode;
    private String municipalityCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private boolean cooperativeProvider;
    private String cooperativeTenant;
    private LocalDate contractFrom;
    private LocalDate contractTo;

    public static FacilityForm of(NetworkApi.Facility f) {
        FacilityForm form = new FacilityForm();
        form.name = f.name();
        form.legalEntity = f.legalEntity();
        form.vatNumber = f.vatNumber();
        form.type = f.type();
        form.address = f.address();
        form.postalCode = f.postalCode();
        form.municipalityCode = f.place() == null ? null : f.place().municipalityCode();
        form.latitude = BigDecimal.valueOf(f.latitude());
        form.longitude = BigDecimal.valueOf(f.longitude());
        form.cooperativeProvider = f.cooperativeProvider();
        form.contractFrom = f.contractFrom();
        form.contractTo = f.contractTo();
        return form;
    }

    public Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        required(p, "name", name);
        required(p, "legalEntity", legalEntity);
        if (digits(vatNumber).length() != 11) {
            p.put("vatNumber", "facility.vat_11");
        }
        required(p, "type", type);
        required(p, "address", address);
        if (postalCode != null && !postalCode.isBlank() && !postalCode.strip().matches("\\d{5}")) {
            p.put("postalCode", "facility.cap_5");
        }
        if (municipalityCode == null || !municipalityCode.strip().matches("\\d{6}")) {
            p.put("municipalityCode", "facility.istat_6");
        }
        if (latitude == null || latitude.compareTo(BigDecimal.valueOf(35)) < 0 || latitude.compareTo(BigDecimal.valueOf(48)) > 0) {
            p.put("latitude", "facility.latitude_range");
        }
        if (longitude == null || longitude.compareTo(BigDecimal.valueOf(6)) < 0 || longitude.compareTo(BigDecimal.valueOf(19)) > 0) {
            p.put("longitude", "facility.longitude_range");
        }
        if (contractFrom == null) {
            p.put("contractFrom", "tenant_form.required");
        } else if (contractTo != null && contractTo.isBefore(contractFrom)) {
            p.put("contractTo", "facility.contract_order");
        }
        return p;
    }

    public NetworkApi.FacilityRequest toRequest() {
        return new NetworkApi.FacilityRequest(strip(name), strip(legalEntity), digits(vatNumber), type, strip(address),
                strip(postalCode), strip(municipalityCode), latitude == null ? null : latitude.doubleValue(),
                longitude == null ? null : longitude.doubleValue(), cooperativeProvider,
                cooperativeTenant == null || cooperativeTenant.isBlank() ? null : cooperativeTenant.strip().toLowerCase(Locale.ROOT),
                contractFrom, contractTo);
    }

    private static void required(Map<String, String> p, String field, String value) {
        if (value == null || value.isBlank()) {
            p.put(field, "tenant_form.required");
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\s", "");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalEntity() { return legalEntity; }
    public void setLegalEntity(String legalEntity) { this.legalEntity = legalEntity; }
    public String getVatNumber() { return vatNumber; }
    public void setVatNumber(String vatNumber) { this.vatNumber = vatNumber; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public boolean isCooperativeProvider() { return cooperativeProvider; }
    public void setCooperativeProvider(boolean cooperativeProvider) { this.cooperativeProvider = cooperativeProvider; }
    public String getCooperativeTenant() { return cooperativeTenant; }
    public void setCooperativeTenant(String cooperativeTenant) { this.cooperativeTenant = cooperativeTenant; }
    public LocalDate getContractFrom() { return contractFrom; }
    public void setContractFrom(LocalDate contractFrom) { this.contractFrom = contractFrom; }
    public LocalDate getContractTo() { return contractTo; }
    public void setContractTo(LocalDate contractTo) { this.contractTo = contractTo; }
}
