package it.mutua.app.kernel;

import java.util.Map;

/**
 * International Bank Account Number (ISO 13616), used by Mutua for SEPA direct debits of contributions and for
 * reimbursements to members.
 *
 * <p>Validation: shape, a known country with its fixed length, the ISO 7064 mod-97 check digits, and for Italian
 * (and San Marino, which uses the same BBAN) IBANs also the CIN check letter of the national BBAN.
 */
public final class Iban {

    /** Field name used in {@link InvalidValueException#field()}. */
    public static final String FIELD = "iban";

    /**
     * IBAN lengths of the SEPA countries, from the SWIFT IBAN registry. Limited to SEPA on purpose: Mutua can only
     * collect and pay through SEPA, so an IBAN from elsewhere is rejected as an unsupported country rather than
     * accepted and failing at the bank weeks later.
     */
    private static final Map<String, Integer> LENGTH_BY_COUNTRY = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22));

    /** Same table as the codice fiscale check character: the Italian CIN reuses that algorithm. */
    private static final int[] ODD_POSITION_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /**
     * Normalises (removes all spaces, upper-cases) and validates an IBAN.
     *
     * <p>Error codes: {@code iban.required}, {@code .format} (not letters + 2 digits + alphanumerics, or an Italian
     * BBAN not shaped CIN + ABI + CAB + account), {@code .country} (not a SEPA country), {@code .length} (wrong
     * length for that country), {@code .check_digits} (mod-97 fails), {@code .cin} (Italian/San Marino CIN letter
     * does not match).
     *
     * @throws InvalidValueException if the input is not a valid SEPA IBAN
     */
    public static Iban parse(String raw) {
        if (raw == null) {
            throw required();
        }
        String iban = Inputs.compactUpper(raw);
        if (iban.isEmpty()) {
            throw required();
        }
        if (!hasIbanShape(iban)) {
            throw new InvalidValueException(FIELD + ".format", FIELD,
                    "L'IBAN non ha il formato corretto: 2 lettere del paese, 2 cifre di controllo e poi lettere "
                            + "e cifre (es. IT60X0542811101000000123456).",
                    "The IBAN is not in the expected format: 2 country letters, 2 check digits, then letters and "
                            + "digits (e.g. IT60X0542811101000000123456).");
        }
        String country = iban.substring(0, 2);
        Integer expectedLength = LENGTH_BY_COUNTRY.get(country);
        if (expectedLength == null) {
            throw new InvalidValueException(FIELD + ".country", FIELD,
                    "Il paese dell'IBAN (" + country + ") non è un paese dell'area SEPA: servono un conto in Italia "
                            + "o in un altro paese SEPA.",
                    "The IBAN country (" + country + ") is not in the SEPA area: an account in Italy or another "
                            + "SEPA country is required.");
        }
        if (iban.length() != expectedLength) {
            throw new InvalidValueException(FIELD + ".length", FIELD,
                    "Un IBAN di questo paese (" + country + ") deve avere " + expectedLength
                            + " caratteri (ne sono stati inseriti " + iban.length() + ").",
                    "An IBAN from this country (" + country + ") must have " + expectedLength
                            + " characters (" + iban.length() + " were entered).");
        }
        if (usesItalianBban(country) && !hasItalianBbanShape(iban)) {
            throw new InvalidValueException(FIELD + ".format", FIELD,
                    "L'IBAN non ha il formato corretto: dopo le 4 cifre iniziali servono 1 lettera (CIN), 5 cifre "
                            + "(ABI), 5 cifre (CAB) e 12 caratteri del numero di conto.",
                    "The IBAN is not in the expected format: after the first 4 characters come 1 letter (CIN), "
                            + "5 digits (ABI), 5 digits (CAB) and 12 characters of account number.");
        }
        if (mod97(iban) != 1) {
            throw new InvalidValueException(FIELD + ".check_digits", FIELD,
                    "L'IBAN non è valido: le cifre di controllo non corrispondono. Verifichi di averlo trascritto "
                            + "correttamente.",
                    "The IBAN is not valid: the check digits do not match. Please check it was copied correctly.");
        }
        if (usesItalianBban(country) && iban.charAt(4) != cin(iban.substring(5))) {
            throw new InvalidValueException(FIELD + ".cin", FIELD,
                    "L'IBAN non è valido: il CIN (la lettera dopo le prime 4 cifre) non corrisponde alle coordinate "
                            + "bancarie.",
                    "The IBAN is not valid: the CIN (the letter after the first 4 characters) does not match the "
                            + "bank details.");
        }
        return new Iban(iban);
    }

    /** Electronic form: no spaces, upper case, as required in SEPA messages. */
    public String value() {
        return value;
    }

    /** Print form: groups of 4 separated by a space, as on bank statements, for display only. */
    public String formatted() {
        StringBuilder sb = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(value.charAt(i));
        }
        return sb.toString();
    }

    /** ISO 3166 country code, e.g. {@code IT}. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** The two ISO 13616 check digits. */
    public String checkDigits() {
        return value.substring(2, 4);
    }

    /** The national part (BBAN), everything after the check digits. */
    public String bban() {
        return value.substring(4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iban other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    // --- internals -------------------------------------------------------------------------------------------

    private static boolean hasIbanShape(String iban) {
        if (iban.length() < 5 || !Inputs.isAsciiLetter(iban.charAt(0)) || !Inputs.isAsciiLetter(iban.charAt(1))
                || !Inputs.isAsciiDigit(iban.charAt(2)) || !Inputs.isAsciiDigit(iban.charAt(3))) {
            return false;
        }
        for (int i = 4; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (!Inputs.isAsciiLetter(c) && !Inputs.isAsciiDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean usesItalianBban(String country) {
        return country.equals("IT") || country.equals("SM");
    }

    /** CIN letter, 5-digit ABI, 5-digit CAB, 12 alphanumerics of account number. */
    private static boolean hasItalianBbanShape(String iban) {
        return Inputs.isAsciiLetter(iban.charAt(4)) && Inputs.allDigits(iban.substring(5, 15));
    }

    /**
     * ISO 7064 mod 97-10: move the first four characters to the end, read letters as 10–35, and take the remainder
     * incrementally so no big-number arithmetic is needed.
     */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (Inputs.isAsciiDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder;
    }

    /** CIN over ABI + CAB + account (22 characters), with the codice fiscale odd/even tables. */
    private static char cin(String abiCabAccount) {
        int sum = 0;
        for (int i = 0; i < abiCabAccount.length(); i++) {
            char c = abiCabAccount.charAt(i);
            int index = Inputs.isAsciiDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD_POSITION_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static InvalidValueException required() {
        return new InvalidValueException(FIELD + ".required", FIELD,
                "L'IBAN è obbligatorio.",
                "The IBAN is required.");
    }
}
