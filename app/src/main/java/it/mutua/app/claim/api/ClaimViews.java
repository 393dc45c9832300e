package it.mutua.app.claim.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import it.mutua.app.claim.application.ClaimReads;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.claim.domain.Transition;
import it.mutua.app.claim.persistence.AccessLogStore;
import it.mutua.app.claim.persistence.AttachmentStore;
import it.mutua.app.claim.persistence.BatchStore;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ReimbursementReason;

/** JSON shapes of the claims API. Euro amounts are strings with two decimals ("90.00"), as everywhere in the API. */
public final class ClaimViews {

    private ClaimViews() {
    }

    public record ReasonDto(String code, List<String> args, String it, String en) {
        static ReasonDto of(ReimbursementReason r) {
            return new ReasonDto(r.code(), r.args(), r.textIt(), r.textEn());
        }
    }

    public record LineDto(int line, String benefit, String area, boolean vincolata, String facility, String provider,
                          String regime, LocalDate serviceDate, String invoiced, String invoiceNumber,
                          LocalDate invoiceDate, String cause, String subCeiling, String reimbursable,
                          String approved, String memberPays, List<ReasonDto> reasons) {
        static LineDto of(ClaimLine l) {
            return new LineDto(l.lineNo(), l.benefitCode(), l.benefitArea(), l.vincolata(), l.facilityRef().orElse(null),
                    l.providerText().orElse(null), l.regime().name(), l.serviceDate(), euros(l.invoiced()),
                    l.invoiceNumber(), l.invoiceDate(), l.cause().name(), l.subCeiling().orElse(null),
                    euros(l.reimbursable()), euros(l.approved()), euros(l.invoiced().minus(l.approved())),
                    l.reasons().stream().map(ReasonDto::of).toList());
        }
    }

    public record TransitionDto(String from, String to, String by, String role, OffsetDateTime at, String note) {
        static TransitionDto of(Transition t) {
            return new TransitionDto(t.from().map(Enum::name).orElse(null), t.to().name(), t.actor(), t.actorRole(),
                    t.at(), t.note().orElse(null));
        }
    }

    public record AttachmentDto(long id, String name, String mediaType, int size, String sha256, String uploadedBy,
                                OffsetDateTime uploadedAt) {
        static AttachmentDto of(AttachmentStore.Info a) {
            return new AttachmentDto(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(), a.uploadedBy(),
                    a.uploadedAt());
        }
    }

    public record ClaimDto(long id, String status, String fiscalCode, String holderFiscalCode, String planCode,
                           String requested, String reimbursable, String approved, String iban, String payeeName,
                           String sampledBecause, String decisionReason, Long preAuthorisation, Long paymentBatch,
                           String submittedBy, OffsetDateTime submittedAt, List<LineDto> lines,
                           List<TransitionDto> transitions, List<AttachmentDto> attachments) {
    }

    public record AccessDto(OffsetDateTime at, String who, String role, long tenantId, String fiscalCode, String what,
                            Long claim, String detail) {
        static AccessDto of(AccessLogStore.Entry e) {
            return new AccessDto(e.at(), e.actor(), e.actorRole(), e.actorTenantId(), e.subjectFiscalCode(), e.what(),
                    e.claimId().orElse(null), e.detail().orElse(null));
        }
    }

    public record BatchDto(long id, String messageId, String status, int claims, String total,
                           LocalDate executionDate, String createdBy, OffsetDateTime createdAt, OffsetDateTime paidAt) {
        static BatchDto of(BatchStore.Batch b) {
            return new BatchDto(b.id(), b.messageId(), b.status(), b.claimCount(), euros(b.total()), b.executionDate(),
                    b.createdBy(), b.createdAt(), b.paidAt().orElse(null));
        }
    }

    static ClaimDto of(Claim c) {
        return of(c, List.of(), List.of());
    }

    static ClaimDto of(ClaimReads.Details d) {
        return of(d.claim(), d.transitions(), d.attachments());
    }

    static ClaimDto of(Claim c, List<Transition> transitions, List<AttachmentStore.Info> attachments) {
        return new ClaimDto(c.id(), c.status().name(), c.memberFiscalCode(), c.holderFiscalCode(), c.planCode(),
                euros(c.requested()), euros(c.reimbursed()), euros(c.approved()), c.iban().map(ClaimViews::masked)
                .orElse(null), c.payeeName(), c.sampledBecause().orElse(null), c.decisionReason().orElse(null),
                c.preAuthorisationId().orElse(null), c.paymentBatchId().orElse(null), c.submittedBy(), c.submittedAt(),
                c.lines().stream().map(LineDto::of).toList(), transitions.stream().map(TransitionDto::of).toList(),
                attachments.stream().map(AttachmentDto::of).toList());
    }

    static String euros(Money m) {
        return m.amount().toPlainString();
    }

    /** The IBAN with only its country and last four characters: enough to recognise one's account. */
    static String masked(String iban) {
        return iban.length() <= 8 ? iban : iban.substring(0, 4) + "…" + iban.substring(iban.length() - 4);
    }
}
