package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;

/** One claim line as adjudication needs it: what, where, when, how much, and the cause its carenza is counted for. */
public record LineToJudge(String benefitCode, ProviderRegime regime, LocalDate serviceDate, Money invoiced,
                          WaitingCause cause, Optional<String> subCeiling) {

    public LineToJudge {
        Objects.requireNonNull(benefitCode, "benefitCode");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(subCeiling, "subCeiling");
    }

    /** Ceilings are per plan year, which is the calendar year of the service. */
    public int planYear() {
        return serviceDate.getYear();
    }
}
