package it.mutua.admin.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The claims API's JSON shapes as the office screens read them ({@code app/.../claim/api/ClaimViews}). Euro amounts
 * stay the API's decimal strings ("90.00") until a view formats them; they are never doubles.
 */
public final class ClaimData {

    private ClaimData() {
    }

    /** One reason of a line's adjudication, in Italian and English. */
    public record Reason(String code, List<String> args, String it, String en) {
    }

    public record Line(int line, String benefit, String area, boolean vincolata, String facility, String provider,
                       String regime, LocalDate serviceDate, String invoiced, String invoiceNumber, LocalDate invoiceDate,
                       String cause, String subCeiling, String reimbursable, String approved, String memberPays,
                       List<Reason> reasons) {
        public Line {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    public record Transition(String from, String to, String by, String role, OffsetDateTime at, String note) {
    }

    public record Attachment(long id, String name, String mediaType, int size, String sha256, String uploadedBy,
                             OffsetDateTime uploadedAt) {
    }

    public record Claim(long id, String status, String fiscalCode, String holderFiscalCode, String planCode,
                        String requested, String reimbursable, String approved, String iban, String payeeName,
                        String sampledBecause, String decisionReason, Long preAuthorisation, Long paymentBatch,
                        String submittedBy, OffsetDateTime submittedAt, List<Line> lines, List<Transition> transitions,
                        List<Attachment> attachments) {
        public Claim {
            lines = lines == null ? List.of() : List.copyOf(lines);
            transitions = transitions == null ? List.of() : List.copyOf(transitions);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** One read of health data: who, with which role, what, when. */
    public record Access(OffsetDateTime at, String who, String role, long tenantId, String fiscalCode, String what,
                         Long claim, String detail) {
    }

    /** Body of {@code POST /api/claims/{id}/decision}. */
    public record Decision(String outcome, String reason, List<LineAmount> lines) {
    }

    public record LineAmount(int line, BigDecimal approved) {
    }

    public record Reopen(String reason) {
    }

    public record Batch(long id, String messageId, String status, int claims, String total, LocalDate executionDate,
                        String createdBy, OffsetDateTime createdAt, OffsetDateTime paidAt) {
    }

    public record BatchRequest(LocalDate executionDate) {
    }

    public record Sampling(BigDecimal randomPercent, BigDecimal valueThreshold, Set<String> alwaysReviewed) {
        public Sampling {
            alwaysReviewed = alwaysReviewed == null ? Set.of() : Set.copyOf(alwaysReviewed);
        }
    }

    public record PreAuth(long id, String fiscalCode, String benefit, String facility, String facilityName,
                          String regime, LocalDate plannedDate, String estimated, boolean urgent, String status,
                          String authorised, LocalDate validFrom, LocalDate validTo, String reason, Long settledClaim) {
    }

    /** Body of {@code POST /api/pre-authorisations/{id}/decision}. */
    public record PreAuthDecision(boolean approve, BigDecimal authorised, LocalDate validFrom, LocalDate validTo,
                                  String reason) {
    }
}
