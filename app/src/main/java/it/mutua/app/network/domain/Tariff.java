package it.mutua.app.network.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;

/**
 * The agreed price of one service at one facility over a validity period (inclusive; {@code validTo} null: open).
 * Amounts are euros at scale 2 ({@link Money}); a negative amount or an inverted period is refused here, so no
 * caller can store one.
 */
public record Tariff(String serviceCode, String serviceName, Money amount, LocalDate validFrom, LocalDate validTo) {

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,39}");

    public Tariff {
        serviceCode = serviceCode(serviceCode);
        if (serviceName == null || serviceName.isBlank()) {
            throw RuleViolation.invalid("serviceName", "network.tariff.serviceNameRequired");
        }
        serviceName = serviceName.strip();
        if (serviceName.length() > 200) {
            throw RuleViolation.invalid("serviceName", "network.text.tooLong", 200);
        }
        if (amount == null) {
            throw RuleViolation.invalid("amount", "network.tariff.amountRequired");
        }
        if (amount.isNegative()) {
            throw RuleViolation.invalid("amount", "network.tariff.amountNegative", amount.amount().toPlainString());
        }
        if (validFrom == null) {
            throw RuleViolation.invalid("validFrom", "network.tariff.validFromRequired");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw RuleViolation.invalid("validTo", "network.tariff.endsBeforeStart", validTo, validFrom);
        }
    }

    /** A service code: upper case letters, digits, {@code _ . -}, 2 to 40 characters (e.g. {@code RMN_ENCEFALO}). */
    public static String serviceCode(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw RuleViolation.invalid("serviceCode", "network.tariff.serviceCodeRequired");
        }
        if (!SERVICE_CODE.matcher(code).matches()) {
            throw RuleViolation.invalid("serviceCode", "network.tariff.serviceCodeInvalid", raw.strip());
        }
        return code;
    }

    /** An agreed amount: euros with at most two decimals (a price of 45.555 is a typing error, not rounded away). */
    public static Money euros(java.math.BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.invalid("amount", "network.tariff.amountScale", value.toPlainString());
        }
        return new Money(value);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Same service and at least one day in common. */
    public boolean overlaps(Tariff other) {
        if (!serviceCode.equals(other.serviceCode)) {
            return false;
        }
        boolean thisEndsBefore = validTo != null && validTo.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validTo != null && other.validTo.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /** The same agreement (a file loaded twice): same service, amount and period. */
    public boolean sameAs(Tariff other) {
        return serviceCode.equals(other.serviceCode) && amount.equals(other.amount)
                && validFrom.equals(other.validFrom) && Objects.equals(validTo, other.validTo);
    }
}
