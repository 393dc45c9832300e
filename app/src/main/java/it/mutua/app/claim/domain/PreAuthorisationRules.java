package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;

/**
 * Rules of pre-authorisation for direct-network services: an urgent admission is authorised afterwards, but within
 * {@link #URGENT_DAYS} days of it; an approval has a coherent validity window; the facility's charge is settled only
 * inside the window and up to the authorised amount.
 */
public final class PreAuthorisationRules {

    public static final int URGENT_DAYS = 5;

    private PreAuthorisationRules() {
    }

    public static void checkRequest(boolean urgent, LocalDate plannedDate, LocalDate today) {
        if (urgent && ChronoUnit.DAYS.between(plannedDate, today) > URGENT_DAYS) {
            throw RuleViolation.invalid("plannedDate", "claim.preauth.urgentLate", plannedDate);
        }
        if (urgent && plannedDate.isAfter(today)) {
            throw RuleViolation.invalid("plannedDate", "claim.line.serviceInFuture", plannedDate);
        }
    }

    public static void checkWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw RuleViolation.invalid("validTo", "claim.preauth.window", from, to);
        }
    }

    public static void checkSettlement(LocalDate serviceDate, Money charged, LocalDate from, LocalDate to,
                                       Money authorised) {
        if (serviceDate.isBefore(from) || serviceDate.isAfter(to)) {
            throw RuleViolation.invalid("serviceDate", "claim.preauth.outsideWindow", serviceDate, from + " – " + to);
        }
        if (charged.isGreaterThan(authorised)) {
            throw RuleViolation.invalid("invoiced", "claim.preauth.overAuthorised", charged.amount().toPlainString(),
                    authorised.amount().toPlainString());
        }
    }
}
