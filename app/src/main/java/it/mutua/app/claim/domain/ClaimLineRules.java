package it.mutua.app.claim.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;

/**
 * What a claim line must satisfy before anything is stored: an amount a real invoice can have, and dates that have
 * already happened. Checked on the whole claim first, so a bad line leaves nothing behind.
 */
public final class ClaimLineRules {

    /** No single health invoice line the mutual reimburses comes near €100,000; €10^9 is a typo or an attack. */
    public static final Money MAX_INVOICED = Money.euros(100_000);
    public static final int MAX_LINES = 50;

    private ClaimLineRules() {
    }

    public static void check(int index, Money invoiced, LocalDate serviceDate, LocalDate invoiceDate,
                             String invoiceNumber, LocalDate today) {
        String at = "lines[" + index + "].";
        if (!invoiced.isGreaterThan(Money.ZERO) || invoiced.isGreaterThan(MAX_INVOICED)) {
            throw RuleViolation.invalid(at + "invoiced", "claim.line.amountRange", invoiced.amount().toPlainString(),
                    MAX_INVOICED.amount().toPlainString());
        }
        if (serviceDate.isAfter(today)) {
            throw RuleViolation.invalid(at + "serviceDate", "claim.line.serviceInFuture", serviceDate);
        }
        if (invoiceDate.isAfter(today)) {
            throw RuleViolation.invalid(at + "invoiceDate", "claim.line.invoiceInFuture", invoiceDate);
        }
        if (invoiceNumber == null || invoiceNumber.isBlank() || invoiceNumber.strip().length() > 40
                || invoiceNumber.codePoints().anyMatch(Character::isISOControl)) {
            throw RuleViolation.invalid(at + "invoiceNumber", "claim.line.invoiceNumber");
        }
    }
}
