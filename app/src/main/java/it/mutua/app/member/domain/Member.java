package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.FamilyRole;

/**
 * A person enrolled through this tenant: a worker-member (role WORKER, the holder of a family unit, with an
 * employment) or a member of a worker's family (SPOUSE, CHILD, OTHER_DEPENDANT, pointing at the holder). Lives in the
 * tenant's own schema (the table is unqualified on purpose: the session's connection points at the tenant's schema).
 * The codice fiscale is the key and never changes; the birth date agrees with it ({@link IdentityCheck}) and the sex
 * comes from it. Every change goes through a method here, and {@link #snapshot()} lets the service record the
 * difference in the member's history.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "fiscal_code")
    private String fiscalCode;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String sex;
    private String email;
    private String phone;
    private String street;
    private String postcode;
    @Column(name = "municipality_istat")
    private String municipalityIstat;
    @Column(name = "municipality_code")
    private String municipalityCode;
    @Column(name = "municipality_name")
    private String municipalityName;
    private String province;
    private String iban;
    @Enumerated(EnumType.STRING)
    @Column(name = "family_role")
    private FamilyRole familyRole = FamilyRole.WORKER;
    @Column(name = "holder_id")
    private Long holderId;
    @Column(name = "hire_date")
    private LocalDate hireDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type")
    private ContractType contractType;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = createdAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Member() {
        // for JPA
    }

    /** A worker-member, or a person enrolled individually (no employment), holding its own family unit. */
    public Member(FiscalCode fiscalCode, LocalDate birthDate, String givenName, String familyName) {
        this.fiscalCode = fiscalCode.value();
        this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
        this.sex = fiscalCode.sex().name();
        rename(givenName, familyName);
    }

    /** The first slice's constructor: birth date taken from the code. */
    public Member(FiscalCode fiscalCode, String givenName, String familyName, String email, LocalDate today) {
        this(fiscalCode, fiscalCode.birthDate(today), givenName, familyName);
        contacts(email, null);
    }

    /** A member of {@code holder}'s family. */
    public static Member familyOf(Member holder, FamilyRole role, FiscalCode fiscalCode, LocalDate birthDate,
                                  String givenName, String familyName) {
        if (role == null || role == FamilyRole.WORKER) {
            throw RuleViolation.invalid("role", "member.family.role", role);
        }
        if (!holder.isHolder()) {
            throw RuleViolation.unprocessable("holder", "member.family.holder_not_worker", holder.fiscalCode());
        }
        if (holder.fiscalCode().equals(fiscalCode.value())) {
            throw RuleViolation.unprocessable("fiscalCode", "member.family.self", fiscalCode.value());
        }
        Member m = new Member(fiscalCode, birthDate, givenName, familyName);
        m.familyRole = role;
        m.holderId = Objects.requireNonNull(holder.id(), "holder must be stored first");
        return m;
    }

    public void rename(String givenName, String familyName) {
        this.givenName = name("givenName", givenName);
        this.familyName = name("familyName", familyName);
        touch();
    }

    public void contacts(String email, String phone) {
        this.email = email(email);
        this.phone = phone(phone);
        touch();
    }

    /** A residence address, or none ({@code null}). */
    public void moveTo(Address address) {
        this.street = address == null ? null : address.street();
        this.postcode = address == null ? null : address.postcode();
        Municipality m = address == null ? null : address.municipality();
        this.municipalityIstat = m == null ? null : m.istatCode();
        this.municipalityCode = m == null ? null : m.cadastralCode();
        this.municipalityName = m == null ? null : m.name();
        this.province = m == null ? null : m.province();
        touch();
    }

    /** Where reimbursements are paid, or none. */
    public void payTo(Iban account) {
        this.iban = account == null ? null : account.value();
        touch();
    }

    /** The registry birth date, once checked against the codice fiscale ({@link IdentityCheck}). */
    public void correctBirthDate(LocalDate checked) {
        this.birthDate = Objects.requireNonNull(checked, "birthDate");
    }

    /** Hire date, optional end date and contract type of a worker-member. */
    public void employ(Employment employment) {
        if (!isHolder()) {
            throw RuleViolation.unprocessable("hireDate", "member.employment.family_member");
        }
        this.hireDate = employment.hireDate();
        this.endDate = employment.endDate();
        this.contractType = employment.contractType();
        touch();
    }

    /** The worker leaves the cooperative on {@code leaving} (last day employed): never before hiring. */
    public void end(LocalDate leaving) {
        if (leaving == null) {
            throw RuleViolation.invalid("endDate", "member.end_date.required");
        }
        if (hireDate == null) {
            throw RuleViolation.unprocessable("endDate", "member.end_date.not_employed", fiscalCode);
        }
        employ(new Employment(hireDate, leaving, contractType));
    }

    /** The current state of every field a person may change: compared before/after to write the history. */
    public Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("givenName", givenName);
        s.put("familyName", familyName);
        s.put("birthDate", str(birthDate));
        s.put("email", email);
        s.put("phone", phone);
        s.put("street", street);
        s.put("postcode", postcode);
        s.put("municipality", municipalityIstat == null ? null : municipalityIstat + " " + municipalityName);
        s.put("iban", iban);
        s.put("familyRole", familyRole.name());
        s.put("hireDate", str(hireDate));
        s.put("endDate", str(endDate));
        s.put("contractType", contractType == null ? null : contractType.name());
        return s;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private void touch() {
        updatedAt = OffsetDateTime.now();
    }

    static String name(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolation.invalid(field, "member.name.required");
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.length() > 100 || value.codePoints().anyMatch(Character::isISOControl)) {
            throw RuleViolation.invalid(field, "member.name.format");
        }
        return value;
    }

    private static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 200 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RuleViolation.invalid("email", "member.email.format");
        }
        return value;
    }

    private static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().replaceAll("[\\s./-]", "");
        if (!value.matches("\\+?\\d{6,15}")) {
            throw RuleViolation.invalid("phone", "member.phone.format");
        }
        return value;
    }

    public boolean isHolder() {
        return familyRole == FamilyRole.WORKER;
    }

    /** Employed (or, without an employment, enrolled individually) on {@code date}. */
    public boolean employedOn(LocalDate date) {
        return hireDate != null && !date.isBefore(hireDate) && (endDate == null || !date.isAfter(endDate));
    }

    public Long id() {
        return id;
    }

    public String fiscalCode() {
        return fiscalCode;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String sex() {
        return sex;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String street() {
        return street;
    }

    public String postcode() {
        return postcode;
    }

    public String municipalityIstat() {
        return municipalityIstat;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public String province() {
        return province;
    }

    public String iban() {
        return iban;
    }

    public FamilyRole familyRole() {
        return familyRole;
    }

    public Long holderId() {
        return holderId;
    }

    public LocalDate hireDate() {
        return hireDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public ContractType contractType() {
        return contractType;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
