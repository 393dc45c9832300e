package it.mutua.admin.members;

import it.mutua.admin.api.MembersApi;

import java.time.LocalDate;

/**
 * Form bean of a worker-member: what the administrator types, turned into the API's body (trimmed, blanks as
 * absent, the codice fiscale normalised, the address only when a municipality is given).
 */
public class MemberForm {

    private String fiscalCode = "";
    private String givenName = "";
    private String familyName = "";
    private LocalDate birthDate;
    private String sex;
    private String email = "";
    private String phone = "";
    private String street = "";
    private String postcode = "";
    private String municipality = "";
    private String iban = "";
    private LocalDate hireDate;
    private String contractType;

    static MemberForm of(MembersApi.Member m) {
        MemberForm form = new MemberForm();
        form.fiscalCode = m.fiscalCode();
        form.givenName = text(m.givenName());
        form.familyName = text(m.familyName());
        form.birthDate = m.birthDate();
        form.sex = m.sex();
        form.email = text(m.email());
        form.phone = text(m.phone());
        if (m.address() != null) {
            form.street = text(m.address().street());
            form.postcode = text(m.address().postcode());
            form.municipality = text(m.address().municipalityIstat());
        }
        form.iban = text(m.iban());
        form.hireDate = m.hireDate();
        form.contractType = m.contractType();
        return form;
    }

    MembersApi.MemberBody toBody() {
        MembersApi.AddressBody address = blank(municipality) ? null
                : new MembersApi.AddressBody(orNull(street), orNull(postcode), municipality.strip());
        return new MembersApi.MemberBody(FiscalCodeHint.normalise(fiscalCode), orNull(givenName), orNull(familyName),
                birthDate, sex, orNull(email), orNull(phone), address,
                blank(iban) ? null : iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT), hireDate, null,
                contractType);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String getFiscalCode() {
        return fiscalCode;
    }

    public void setFiscalCode(String fiscalCode) {
        this.fiscalCode = text(fiscalCode);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = text(givenName);
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = text(familyName);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = text(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = text(phone);
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = text(street);
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = text(postcode);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = text(municipality);
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = text(iban);
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }
}
