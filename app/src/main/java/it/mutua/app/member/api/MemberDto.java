package it.mutua.app.member.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import it.mutua.app.member.domain.Member;

/** A member as listed and read: identity, contacts, address, IBAN, family role, employment. */
public record MemberDto(long id, String fiscalCode, String givenName, String familyName, LocalDate birthDate, String sex,
                        String email, String phone, AddressDto address, String iban, String familyRole,
                        LocalDate hireDate, LocalDate endDate, String contractType, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt) {

    /** Street, postcode and municipality (ISTAT and cadastral codes, name, province). */
    public record AddressDto(String street, String postcode, String municipalityIstat, String municipalityCode,
                             String municipality, String province) {
    }

    static MemberDto of(Member m) {
        AddressDto address = m.municipalityIstat() == null ? null : new AddressDto(m.street(), m.postcode(),
                m.municipalityIstat(), m.municipalityCode(), m.municipalityName(), m.province());
        return new MemberDto(m.id(), m.fiscalCode(), m.givenName(), m.familyName(), m.birthDate(), m.sex(), m.email(),
                m.phone(), address, m.iban(), m.familyRole().name(), m.hireDate(), m.endDate(),
                m.contractType() == null ? null : m.contractType().name(), m.createdAt(), m.updatedAt());
    }
}
