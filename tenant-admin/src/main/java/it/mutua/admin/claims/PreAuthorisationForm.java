package it.mutua.admin.claims;

import it.mutua.admin.api.ClaimData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The officer's answer to a pre-authorisation request, checked like the API does before it is sent: approving needs a
 * positive authorised amount and a validity window whose end is not before its start; rejecting needs a reason.
 */
public final class PreAuthorisationForm {

    private BigDecimal authorised;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;

    /** Proposes the estimate as the amount and the planned month as the window. */
    public static PreAuthorisationForm proposedFor(ClaimData.PreAuth request) {
        PreAuthorisationForm form = new PreAuthorisationForm();
        form.authorised = request.estimated() == null ? null : new BigDecimal(request.estimated());
        LocalDate planned = request.plannedDate() == null ? LocalDate.now() : request.plannedDate();
        form.validFrom = planned.withDayOfMonth(1);
        form.validTo = planned.withDayOfMonth(planned.lengthOfMonth());
        return form;
    }

    public BigDecimal getAuthorised() {
        return authorised;
    }

    public void setAuthorised(BigDecimal authorised) {
        this.authorised = authorised;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Problems of an approval, field name to translation key. */
    public Map<String, String> approvalProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (authorised == null || authorised.signum() <= 0) {
            problems.put("authorised", "preauth.amount_positive");
        } else if (authorised.scale() > 2 && authorised.stripTrailingZeros().scale() > 2) {
            problems.put("authorised", "preauth.amount_cents");
        }
        if (validFrom == null) {
            problems.put("validFrom", "tenant_form.required");
        }
        if (validTo == null) {
            problems.put("validTo", "tenant_form.required");
        } else if (validFrom != null && validTo.isBefore(validFrom)) {
            problems.put("validTo", "preauth.window_order");
        }
        return problems;
    }

    public Map<String, String> rejectionProblems() {
        return reason == null || reason.isBlank() ? Map.of("reason", "decision.reason_required") : Map.of();
    }

    public ClaimData.PreAuthDecision approval() {
        return new ClaimData.PreAuthDecision(true, authorised, validFrom, validTo,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    public ClaimData.PreAuthDecision rejection() {
        return new ClaimData.PreAuthDecision(false, null, null, null, reason.strip());
    }
}
