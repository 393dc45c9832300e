package it.mutua.app.member.contribution.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;

/**
 * A contribution period: a calendar year ({@code 2026}) or a month ({@code 2026-03}). Plans state contributions per
 * year; a monthly period charges a twelfth of the yearly amount, rounded half-even to the cent per line (so twelve
 * monthly statements may differ from the yearly amount by a few cents, never more than six per person).
 *
 * <p>Due date: the last day of the period's first month. Suspension starts after the grace period that follows it.
 */
public record ContributionPeriod(int year, Integer month) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public ContributionPeriod {
        if (year < 2000 || year > 2100 || (month != null && (month < 1 || month > 12))) {
            throw RuleViolation.invalid("period", "member.contribution.period_format", year + (month == null ? "" : "-" + month));
        }
    }

    public static ContributionPeriod parse(String raw) {
        Matcher m = FORMAT.matcher(raw == null ? "" : raw.strip());
        if (!m.matches()) {
            throw RuleViolation.invalid("period", "member.contribution.period_format", raw);
        }
        try {
            return new ContributionPeriod(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
        } catch (RuleViolation e) {
            throw RuleViolation.invalid("period", "member.contribution.period_format", raw);
        }
    }

    public boolean monthly() {
        return month != null;
    }

    public LocalDate start() {
        return monthly() ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        return monthly() ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    public LocalDate dueDate() {
        return YearMonth.from(start()).atEndOfMonth();
    }

    /** The share of a yearly amount this period charges. */
    public Money share(Money perYear) {
        return monthly() ? new Money(perYear.amount().divide(TWELVE, 2, Money.ROUNDING)) : perYear;
    }

    public String code() {
        return monthly() ? String.format("%04d-%02d", year, month) : String.valueOf(year);
    }

    @Override
    public String toString() {
        return code();
    }
}
