package it.mutua.admin.myclaims;

import it.mutua.admin.api.MyClaimsApi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Form bean of "Nuova richiesta di rimborso": one line (the usual case on a phone) turned into the API's request.
 * A network facility decides the regime itself; a provider typed as free text is out of network unless it is an SSN
 * ticket. Amounts keep two decimals (half up), never a double.
 */
public class ClaimForm {

    /** Where the service was given, as the member thinks of it. */
    public enum Where { NETWORK, OTHER_PROVIDER, SSN_TICKET }

    private String patient;
    private String benefit;
    private Where where = Where.NETWORK;
    private MyClaimsApi.Facility facility;
    private String provider = "";
    private LocalDate serviceDate;
    private BigDecimal amount;
    private String invoiceNumber = "";
    private LocalDate invoiceDate;
    private String iban = "";
    private String payeeName = "";

    MyClaimsApi.NewClaim toRequest() {
        String regime = switch (where) {
            case NETWORK -> facility == null ? null
                    : facility.cooperativeProvider() ? "COOPERATIVE_NETWORK" : "OTHER_NETWORK";
            case OTHER_PROVIDER -> "OUT_OF_NETWORK";
            case SSN_TICKET -> "SSN_TICKET";
        };
        String facilityRef = where == Where.NETWORK && facility != null ? Long.toString(facility.id()) : null;
        String providerText = where == Where.NETWORK ? (facility == null ? null : facility.name()) : blankToNull(provider);
        MyClaimsApi.NewLine line = new MyClaimsApi.NewLine(benefit, facilityRef, providerText, regime, serviceDate,
                amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), invoiceNumber.strip(), invoiceDate);
        return new MyClaimsApi.NewClaim(blankToNull(patient),
                blankToNull(iban) == null ? null : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT),
                blankToNull(payeeName), List.of(line));
    }

    /** Which form field an API violation names: {@code lines[0].invoiced} → {@code invoiced}. */
    static String fieldOf(String apiField) {
        if (apiField == null) {
            return "";
        }
        int dot = apiField.lastIndexOf('.');
        return apiField.startsWith("lines[") && dot > 0 ? apiField.substring(dot + 1) : apiField;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }

    public Where getWhere() {
        return where;
    }

    public void setWhere(Where where) {
        this.where = where;
    }

    public MyClaimsApi.Facility getFacility() {
        return facility;
    }

    public void setFacility(MyClaimsApi.Facility facility) {
        this.facility = facility;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider == null ? "" : provider;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber == null ? "" : invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban == null ? "" : iban;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public void setPayeeName(String payeeName) {
        this.payeeName = payeeName == null ? "" : payeeName;
    }
}
