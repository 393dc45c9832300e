package it.mutua.app.member.api;

import java.time.LocalDate;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.application.FamilyService;
import it.mutua.app.member.application.MemberData;

/** Request bodies of the member API. Dates are ISO (2026-01-31). */
public final class MemberRequests {

    private MemberRequests() {
    }

    /** Address in a request: municipality is an ISTAT code (015146) or a cadastral code (F205). */
    public record AddressBody(String street, String postcode, String municipality) {
    }

    /** Body of POST /api/members (fiscalCode required) and PUT /api/members/{fiscalCode} (fiscalCode ignored). */
    public record MemberBody(String fiscalCode, String givenName, String familyName, LocalDate birthDate, String sex,
                             String email, String phone, AddressBody address, String iban, LocalDate hireDate,
                             LocalDate endDate, String contractType) {
        MemberData data() {
            return new MemberData(givenName, familyName, birthDate, sex, email, phone,
                    address == null ? null : new MemberData.AddressData(address.street(), address.postcode(),
                            address.municipality()), iban, hireDate, endDate, contractType);
        }
    }

    /** Body of POST /api/members/{fiscalCode}/end and of a family member's end: the last covered/employed day. */
    public record DateBody(LocalDate date) {
        LocalDate required() {
            if (date == null) {
                throw RuleViolation.invalid("date", "member.end_date.required");
            }
            return date;
        }
    }

    /** Body of POST /api/members/{fiscalCode}/consents. */
    public record ConsentBody(String purpose, Boolean granted) {
    }

    /** Body of POST /api/members/{fiscalCode}/family. */
    public record RelativeBody(String role, String fiscalCode, String givenName, String familyName, LocalDate birthDate,
                               String sex, LocalDate from) {
        FamilyService.NewRelative toRelative() {
            return new FamilyService.NewRelative(role, fiscalCode, givenName, familyName, birthDate, sex, from);
        }
    }

    /** Body of POST /api/enrolments/collective and /individual (fiscalCode for individual only). */
    public record EnrolmentBody(String planCode, LocalDate from, String fiscalCode) {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return body;
    }
}
