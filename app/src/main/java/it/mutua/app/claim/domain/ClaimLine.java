package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.ReimbursementReason;
import it.mutua.app.plan.domain.WaitingCause;

/**
 * A stored claim line: what was asked (benefit, provider, dates, invoice) and what adjudication and review made of
 * it. {@code reimbursable} is the adjudicated amount, {@code approved} what the mutual will pay (equal, lower after a
 * partial approval, zero after a rejection); the ceiling ledger always holds the approved amounts.
 */
public record ClaimLine(long id, int lineNo, String benefitCode, String benefitArea, boolean vincolata,
                        Optional<String> facilityRef, Optional<String> providerText, ProviderRegime regime,
                        LocalDate serviceDate, Money invoiced, String invoiceNumber, LocalDate invoiceDate,
                        WaitingCause cause, Optional<String> subCeiling, Money reimbursable, Money approved,
                        List<ReimbursementReason> reasons) {

    public ClaimLine {
        reasons = List.copyOf(reasons);
    }

    public ClaimLine withApproved(Money amount) {
        return new ClaimLine(id, lineNo, benefitCode, benefitArea, vincolata, facilityRef, providerText, regime,
                serviceDate, invoiced, invoiceNumber, invoiceDate, cause, subCeiling, reimbursable, amount, reasons);
    }

    /** The line after a new adjudication: its amounts and reasons replaced, everything asked kept. */
    public ClaimLine rejudged(LineJudgement judgement) {
        return new ClaimLine(id, lineNo, benefitCode, judgement.area().map(Enum::name).orElse(benefitArea),
                judgement.vincolata(), facilityRef, providerText, regime, serviceDate, invoiced, invoiceNumber,
                invoiceDate, cause, subCeiling, judgement.reimbursed(), judgement.reimbursed(), judgement.reasons());
    }

    public LineToJudge toJudge() {
        return new LineToJudge(benefitCode, regime, serviceDate, invoiced, cause, subCeiling);
    }
}
