package it.mutua.app.kernel;

import java.util.Objects;

/**
 * Partita IVA: the 11-digit Italian VAT number of a business (for Mutua: member companies, cooperatives, healthcare
 * providers). It is also the numeric codice fiscale of most companies.
 *
 * <p>Layout: digits 1–7 company serial number, 8–10 code of the provincial office that issued it, 11 check digit
 * (Luhn-like: odd positions summed, even positions doubled with 9 subtracted above 9, check = (10 − sum mod 10) mod
 * 10).
 */
public final class VatNumber {

    /** Field name used in {@link InvalidValueException#field()}. */
    public static final String FIELD = "vat_number";
    /** Number of digits. */
    public static final int LENGTH = 11;

    private final String value;

    private VatNumber(String value) {
        this.value = value;
    }

    /**
     * Normalises and validates a partita IVA. Spaces are removed and a leading {@code IT} country prefix is
     * accepted and dropped, because people often paste the intra-EU form ("IT 00743110157") from invoices.
     *
     * <p>Error codes: {@code vat_number.required}, {@code .length}, {@code .format} (non-digits, an all-zero serial
     * number, or an office code that does not exist), {@code .check_digit}.
     *
     * @throws InvalidValueException if the input is not a valid partita IVA
     */
    public static VatNumber parse(String raw) {
        if (raw == null) {
            throw required();
        }
        String digits = Inputs.compactUpper(raw);
        if (digits.startsWith("IT")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty()) {
            throw required();
        }
        if (digits.length() != LENGTH) {
            throw new InvalidValueException(FIELD + ".length", FIELD,
                    "La partita IVA deve essere di 11 cifre (ne sono state inserite " + digits.length() + ").",
                    "The VAT number must be 11 digits long (" + digits.length() + " were entered).");
        }
        if (!Inputs.allDigits(digits)) {
            throw new InvalidValueException(FIELD + ".format", FIELD,
                    "La partita IVA può contenere solo cifre.",
                    "The VAT number may contain digits only.");
        }
        if (digits.startsWith("0000000")) {
            throw new InvalidValueException(FIELD + ".format", FIELD,
                    "La partita IVA non è valida: le prime 7 cifre non possono essere tutte zero.",
                    "The VAT number is not valid: the first 7 digits cannot all be zero.");
        }
        if (!isKnownOfficeCode(Integer.parseInt(digits, 7, 10, 10))) {
            throw new InvalidValueException(FIELD + ".format", FIELD,
                    "La partita IVA non è valida: le cifre dall'ottava alla decima (codice dell'ufficio) devono "
                            + "essere tra 001 e 100, oppure 120, 121, 888 o 999.",
                    "The VAT number is not valid: digits 8 to 10 (office code) must be between 001 and 100, "
                            + "or 120, 121, 888 or 999.");
        }
        if (digits.charAt(10) != checkDigit(digits)) {
            throw new InvalidValueException(FIELD + ".check_digit", FIELD,
                    "La partita IVA non è valida: la cifra di controllo non corrisponde. Verifichi di averla "
                            + "trascritta correttamente.",
                    "The VAT number is not valid: the check digit does not match. Please check it was copied "
                            + "correctly.");
        }
        return new VatNumber(digits);
    }

    /**
     * Appends the check digit to the first 10 digits; meant for generators and tests. It does not check the office
     * code, so the result is only parseable if digits 8–10 are a real office code.
     *
     * @throws IllegalArgumentException if {@code first10} is not exactly 10 digits
     */
    public static String withCheckDigit(String first10) {
        Objects.requireNonNull(first10, "first10");
        if (first10.length() != LENGTH - 1 || !Inputs.allDigits(first10)) {
            throw new IllegalArgumentException("expected 10 digits, was: " + first10);
        }
        return first10 + checkDigit(first10);
    }

    /** The 11 digits, without country prefix. */
    public String value() {
        return value;
    }

    /** Digits 8–10: the provincial office that issued the number (e.g. {@code 015} for Milano). */
    public String officeCode() {
        return value.substring(7, 10);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VatNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * 001–100 are the provincial offices; 120, 121, 888 and 999 are the special codes the Agenzia also uses (they
     * are not provinces, so they are listed explicitly). Any other value cannot have been issued, which catches
     * transpositions that the check digit alone would miss.
     */
    private static boolean isKnownOfficeCode(int office) {
        return (office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888 || office == 999;
    }

    /** Check digit over the first 10 digits of {@code digits}. */
    private static char checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {          // 1-based odd position
                sum += d;
            } else {                   // 1-based even position
                int doubled = d * 2;
                sum += doubled > 9 ? doubled - 9 : doubled;
            }
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static InvalidValueException required() {
        return new InvalidValueException(FIELD + ".required", FIELD,
                "La partita IVA è obbligatoria.",
                "The VAT number is required.");
    }
}
