package it.mutua.admin.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cooperative's member registry through the API: {@code /api/members} (search, read, register, update, end of
 * employment), {@code /api/members/{cf}/family}, and the member's own record {@code /api/members/me}.
 */
@Singleton
public class MembersApi {

    private static final Type MEMBER_PAGE = ApiHttp.pageOf(Member.class);
    private static final Type RELATIVES = ApiHttp.listOf(Relative.class);

    private final ApiHttp http;

    @Inject
    public MembersApi(ApiHttp http) {
        this.http = http;
    }

    /** A member as the API lists and reads them. */
    public record Member(long id, String fiscalCode, String givenName, String familyName, LocalDate birthDate,
                         String sex, String email, String phone, Address address, String iban, String familyRole,
                         LocalDate hireDate, LocalDate endDate, String contractType) {

        public String fullName() {
            return (givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName);
        }
    }

    /** Street, postcode, municipality (ISTAT and cadastral code, name, province). */
    public record Address(String street, String postcode, String municipalityIstat, String municipalityCode,
                          String municipality, String province) {
    }

    /** A coverage period: kind (COLLECTIVE, INDIVIDUAL, FAMILY…), plan, dates, why it ended. */
    public record Period(long id, String kind, String planCode, LocalDate startDate, LocalDate endDate,
                         String endReason) {

        public boolean coversOn(LocalDate day) {
            return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
        }
    }

    /** A family member with their coverage periods. */
    public record Relative(Member member, List<Period> periods) {
    }

    /** A member read in full. */
    public record Detail(Member member, String holderFiscalCode, List<Relative> family, List<Period> periods) {

        public Detail {
            family = family == null ? List.of() : family;
            periods = periods == null ? List.of() : periods;
        }
    }

    /** Body of a registration or an update (the fiscal code is ignored by an update). */
    public record MemberBody(String fiscalCode, String givenName, String familyName, LocalDate birthDate, String sex,
                             String email, String phone, AddressBody address, String iban, LocalDate hireDate,
                             LocalDate endDate, String contractType) {
    }

    /** Address of a request: municipality as ISTAT (015146) or cadastral (F205) code. */
    public record AddressBody(String street, String postcode, String municipality) {
    }

    /** Body of a new family member. */
    public record RelativeBody(String role, String fiscalCode, String givenName, String familyName,
                               LocalDate birthDate, String sex, LocalDate from) {
    }

    public record DateBody(LocalDate date) {
    }

    /** {@code GET /api/members?q&sort&desc&page&size}. */
    public Page<Member> search(String text, String sort, boolean descending, int page, int size, Caller caller) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", text == null || text.isBlank() ? null : text.strip());
        query.put("sort", sort);
        query.put("desc", Boolean.toString(descending));
        query.put("page", Integer.toString(page));
        query.put("size", Integer.toString(size));
        return http.get("/api/members", query, caller, MEMBER_PAGE);
    }

    public Detail get(String fiscalCode, Caller caller) {
        return http.get("/api/members/" + ApiHttp.segment(fiscalCode), Map.of(), caller, Detail.class);
    }

    public Member register(MemberBody body, Caller caller) {
        return http.post("/api/members", body, caller, Member.class);
    }

    public Member update(String fiscalCode, MemberBody body, Caller caller) {
        return http.put("/api/members/" + ApiHttp.segment(fiscalCode), body, caller, Member.class);
    }

    /** The worker leaves on {@code lastDay}: the family unit's coverage ends. */
    public Member end(String fiscalCode, LocalDate lastDay, Caller caller) {
        return http.post("/api/members/" + ApiHttp.segment(fiscalCode) + "/end", new DateBody(lastDay), caller,
                Member.class);
    }

    public List<Relative> family(String holder, Caller caller) {
        return http.get("/api/members/" + ApiHttp.segment(holder) + "/family", Map.of(), caller, RELATIVES);
    }

    public Relative addRelative(String holder, RelativeBody body, Caller caller) {
        return http.post("/api/members/" + ApiHttp.segment(holder) + "/family", body, caller, Relative.class);
    }

    /** The relative leaves the family unit, covered until {@code lastDay}. */
    public Relative endRelative(String holder, String relative, LocalDate lastDay, Caller caller) {
        return http.post("/api/members/" + ApiHttp.segment(holder) + "/family/" + ApiHttp.segment(relative) + "/end",
                new DateBody(lastDay), caller, Relative.class);
    }

    /** {@code GET /api/members/me}: the signed-in member's own record, family and coverage. */
    public Detail me(Caller caller) {
        return http.get("/api/members/me", Map.of(), caller, Detail.class);
    }
}
