package it.mutua.app.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of euros, always at scale 2. Why a type and not a bare BigDecimal: {@code new BigDecimal("60")} and
 * {@code new BigDecimal("60.00")} are not {@code equals}, and a forgotten rounding mode throws at run time; here the
 * scale and {@link #ROUNDING} are fixed once. Negative amounts are representable (differences are computed), whether
 * they are allowed is the business of the field that holds them.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Banker's rounding: the one rounding mode used for every euro amount in plans and reimbursements. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, ROUNDING);
    }

    /** From a decimal string with a dot, e.g. {@code "36.15"}; never from a double. */
    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money euros(long wholeEuros) {
        return new Money(BigDecimal.valueOf(wholeEuros));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** {@code percent}% of this amount, rounded half-even to the cent. */
    public Money percent(Percent percent) {
        return new Money(amount.multiply(percent.value()).divide(HUNDRED, 2, ROUNDING));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Never below zero: used for "what is left" of a ceiling that may already be overspent by older data. */
    public Money atLeastZero() {
        return max(ZERO);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * For people: "€700", "€1,000", "€21.15" in English, "700 €", "1.000 €", "21,15 €" in Italian. Whole euros drop
     * the cents because plan texts ("€700 per year") are written that way.
     */
    public String display(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(italian ? Locale.ITALY : Locale.ENGLISH));
        format.setRoundingMode(ROUNDING);
        String number = format.format(amount);
        return italian ? number + " €" : "€" + number;
    }

    @Override
    public String toString() {
        return "€" + amount.toPlainString();
    }
}
