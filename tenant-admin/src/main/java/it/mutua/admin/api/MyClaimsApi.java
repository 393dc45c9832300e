package it.mutua.admin.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's side of the claims API: submit a claim and attach its invoice, follow "my claims", read who saw my health
 * data, download the plan booklet. Amounts are the API's euro strings ("90.00").
 */
@Singleton
public class MyClaimsApi {

    private static final Type CLAIM_PAGE = ApiHttp.pageOf(Claim.class);
    private static final Type ACCESSES = ApiHttp.listOf(Access.class);

    private final ApiHttp http;

    @Inject
    public MyClaimsApi(ApiHttp http) {
        this.http = http;
    }

    /** Why a line got the amount it got, in both languages. */
    public record Reason(String code, String it, String en) {
    }

    /** One line of a claim with its adjudication. */
    public record Line(int line, String benefit, String facility, String provider, String regime,
                       LocalDate serviceDate, String invoiced, String invoiceNumber, LocalDate invoiceDate,
                       String reimbursable, String approved, String memberPays, List<Reason> reasons) {

        public Line {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    /** An attached file. */
    public record Attachment(long id, String name, String mediaType, int size) {
    }

    /** A claim as the member follows it. */
    public record Claim(long id, String status, String fiscalCode, String planCode, String requested,
                        String reimbursable, String approved, String decisionReason, OffsetDateTime submittedAt,
                        List<Line> lines, List<Attachment> attachments) {

        public Claim {
            lines = lines == null ? List.of() : lines;
            attachments = attachments == null ? List.of() : attachments;
        }
    }

    /** One read of the member's health data: when, who, with which role, what. */
    public record Access(OffsetDateTime at, String who, String role, String fiscalCode, String what, Long claim) {
    }

    /** Body of a new claim line. */
    public record NewLine(String benefit, String facility, String provider, String regime, LocalDate serviceDate,
                          BigDecimal invoiced, String invoiceNumber, LocalDate invoiceDate) {
    }

    /** Body of a new claim: whose, the IBAN to pay and the lines. */
    public record NewClaim(String fiscalCode, String iban, String payeeName, List<NewLine> lines) {
    }

    /** A network facility found by a search. */
    public record Facility(long id, String name, String typeLabel, String address, boolean cooperativeProvider) {
    }

    /** {@code GET /api/network/facilities?q}: active facilities of the network matching the text. */
    public List<Facility> facilities(String text, Caller caller) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", text == null || text.isBlank() ? null : text.strip());
        query.put("size", "20");
        Page<Facility> page = http.get("/api/network/facilities", query, caller, ApiHttp.pageOf(Facility.class));
        return page.items();
    }

    public Claim submit(NewClaim claim, Caller caller) {
        return http.post("/api/claims", claim, caller, Claim.class);
    }

    /** Attaches a PDF, JPEG or PNG (the server recognises the type from the content; at most 10 MB). */
    public Attachment attach(long claimId, String fileName, byte[] bytes, Caller caller) {
        return http.postBytes("/api/claims/" + claimId + "/attachments", Map.of("name", fileName),
                "application/octet-stream", bytes, caller, Attachment.class);
    }

    public Page<Claim> mine(int page, int size, Caller caller) {
        return http.get("/api/claims/mine", Map.of("page", Integer.toString(page), "size", Integer.toString(size)),
                caller, CLAIM_PAGE);
    }

    public Claim claim(long id, Caller caller) {
        return http.get("/api/claims/" + id, Map.of(), caller, Claim.class);
    }

    public List<Access> whoSawMyData(Caller caller) {
        return http.get("/api/claims/access-log/mine", Map.of("page", "0", "size", "100"), caller, ACCESSES);
    }

    /** The PDF booklet of the plan in force today for the caller's cooperative. */
    public byte[] booklet(String planCode, Caller caller) {
        Map<String, String> query = new LinkedHashMap<>();
        return http.bytes("/api/plans/" + ApiHttp.segment(planCode) + "/booklet", query, caller, "application/pdf");
    }
}
