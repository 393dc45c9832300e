package it.mutua.app.member.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import it.mutua.app.member.domain.Member;

public record MemberDto(long id, String fiscalCode, String givenName, String familyName, LocalDate birthDate, String sex,
                        String email, OffsetDateTime createdAt) {

    static MemberDto of(Member m) {
        return new MemberDto(m.id(), m.fiscalCode(), m.givenName(), m.familyName(), m.birthDate(), m.sex(), m.email(),
                m.createdAt());
    }
}
