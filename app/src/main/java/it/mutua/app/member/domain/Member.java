package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.RuleViolation;

/**
 * A person enrolled through this tenant. Lives in the tenant's own schema (the table is unqualified on purpose: the
 * session's connection points at the tenant's schema). Birth date and sex come from the codice fiscale, so they
 * cannot disagree with it.
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

    public Member(FiscalCode fiscalCode, String givenName, String familyName, String email, LocalDate today) {
        this.fiscalCode = fiscalCode.value();
        this.givenName = name("givenName", givenName);
        this.familyName = name("familyName", familyName);
        this.birthDate = fiscalCode.birthDate(today);
        this.sex = fiscalCode.sex().name();
        this.email = email(email);
    }

    private static String name(String field, String raw) {
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

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
