package it.mutua.app.member.application;

import java.time.LocalDate;

/**
 * What a person's record says, as typed in a form or read from a payroll line (the codice fiscale aside, which never
 * changes). Everything but the names is optional; {@code sex} and {@code birthDate}, when given, must agree with
 * the codice fiscale (422 otherwise). {@code municipality} is an ISTAT code or a cadastral (Belfiore) code.
 * Employment fields apply to worker-members only.
 */
public record MemberData(String givenName, String familyName, LocalDate birthDate, String sex, String email,
                         String phone, AddressData address, String iban, LocalDate hireDate, LocalDate endDate,
                         String contractType) {

    /** A residence address: street and number, postcode, municipality (ISTAT or cadastral code). */
    public record AddressData(String street, String postcode, String municipality) {
    }

    /** Names and e-mail only. */
    public static MemberData basic(String givenName, String familyName, String email) {
        return new MemberData(givenName, familyName, null, null, email, null, null, null, null, null, null);
    }

    /** A worker hired on {@code hireDate} under {@code contractType} (English or Italian name). */
    public static MemberData worker(String givenName, String familyName, LocalDate hireDate, String contractType) {
        return new MemberData(givenName, familyName, null, null, null, null, null, null, hireDate, null, contractType);
    }
}
