package it.mutua.app.kernel;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;

/**
 * Codice fiscale of a natural person (16 characters), as issued by the Agenzia delle Entrate.
 *
 * <p>Layout, 0-based: {@code 0-2} surname, {@code 3-5} name, {@code 6-7} year of birth (2 digits), {@code 8} month
 * letter, {@code 9-10} day of birth (+40 for women), {@code 11-14} Belfiore code of the place of birth (a comune, or
 * {@code Z} + 3 digits for a foreign state), {@code 15} check character.
 *
 * <p><b>Omocodia.</b> When two people would get the same code, the Agenzia gives the later one a variant in which
 * digits of the seven numeric positions (6, 7, 9, 10, 12, 13, 14) are replaced, from the right, by the letters
 * {@code LMNPQRSTUV} (standing for 0–9), and the check character is recomputed on the result. So date and place must
 * be read after decoding those letters, while the check character is verified on the code <em>as written</em>.
 * An omocode variant identifies a <em>different</em> person from the code it derives from: never "normalise" one
 * into the other to compare people.
 *
 * <p>Only personal codes are handled; the 11-digit numeric codice fiscale of companies is a {@link VatNumber}.
 */
public final class FiscalCode {

    /** Field name used in {@link InvalidValueException#field()}. */
    public static final String FIELD = "fiscal_code";
    /** Length of a personal codice fiscale. */
    public static final int LENGTH = 16;

    private static final String MONTH_LETTERS = "ABCDEHLMPRST";
    private static final String OMOCODE_LETTERS = "LMNPQRSTUV";
    /** The numeric positions, right to left: the order in which the Agenzia applies omocode substitutions. */
    private static final int[] NUMERIC_POSITIONS_RIGHT_TO_LEFT = {14, 13, 12, 10, 9, 7, 6};
    /**
     * Official values of characters in odd positions (1st, 3rd, … counting from 1), indexed by letter A–Z; digits
     * 0–9 take the value of letters A–J. Characters in even positions are worth their index (A=0, 0=0, …).
     */
    private static final int[] ODD_POSITION_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    private static final int WOMEN_DAY_OFFSET = 40;

    private final String value;
    private final Sex sex;
    private final int yearOfCentury;
    private final Month birthMonth;
    private final int birthDayOfMonth;
    private final String birthPlaceCode;
    private final boolean omocode;

    private FiscalCode(String value, Sex sex, int yearOfCentury, Month birthMonth, int birthDayOfMonth,
            String birthPlaceCode, boolean omocode) {
        this.value = value;
        this.sex = sex;
        this.yearOfCentury = yearOfCentury;
        this.birthMonth = birthMonth;
        this.birthDayOfMonth = birthDayOfMonth;
        this.birthPlaceCode = birthPlaceCode;
        this.omocode = omocode;
    }

    /**
     * Normalises (removes all spaces, upper-cases) and fully validates a codice fiscale.
     *
     * <p>Checks run from the coarsest to the finest so the error names the first thing the person should fix:
     * {@code fiscal_code.required}, {@code .length}, {@code .format}, {@code .month}, {@code .day},
     * {@code .check_char}.
     *
     * @throws InvalidValueException if the input is not a valid personal codice fiscale
     */
    public static FiscalCode parse(String raw) {
        if (raw == null) {
            throw required();
        }
        String code = Inputs.compactUpper(raw);
        if (code.isEmpty()) {
            throw required();
        }
        if (code.length() != LENGTH) {
            throw new InvalidValueException(FIELD + ".length", FIELD,
                    "Il codice fiscale deve essere di 16 caratteri (ne sono stati inseriti " + code.length() + ").",
                    "The fiscal code must be 16 characters long (" + code.length() + " were entered).");
        }
        if (!hasValidShape(code)) {
            throw new InvalidValueException(FIELD + ".format", FIELD,
                    "Il codice fiscale non ha il formato corretto: 6 lettere, 2 cifre, 1 lettera, 2 cifre, "
                            + "1 lettera, 3 cifre, 1 lettera (es. RSSMRA85T10A562S).",
                    "The fiscal code is not in the expected format: 6 letters, 2 digits, 1 letter, 2 digits, "
                            + "1 letter, 3 digits, 1 letter (e.g. RSSMRA85T10A562S).");
        }
        int monthIndex = MONTH_LETTERS.indexOf(code.charAt(8));
        if (monthIndex < 0) {
            throw new InvalidValueException(FIELD + ".month", FIELD,
                    "Il nono carattere del codice fiscale (mese di nascita) deve essere una delle lettere "
                            + "A B C D E H L M P R S T.",
                    "The ninth character of the fiscal code (month of birth) must be one of the letters "
                            + "A B C D E H L M P R S T.");
        }
        String decoded = decodeOmocodia(code);
        int yearOfCentury = Integer.parseInt(decoded, 6, 8, 10);
        int writtenDay = Integer.parseInt(decoded, 9, 11, 10);
        Month month = Month.of(monthIndex + 1);
        Sex sex;
        int day;
        if (writtenDay >= 1 && writtenDay <= 31) {
            sex = Sex.M;
            day = writtenDay;
        } else if (writtenDay >= 1 + WOMEN_DAY_OFFSET && writtenDay <= 31 + WOMEN_DAY_OFFSET) {
            sex = Sex.F;
            day = writtenDay - WOMEN_DAY_OFFSET;
        } else {
            throw invalidDay();
        }
        if (!dayExistsInSomeCandidateCentury(yearOfCentury, month, day)) {
            throw invalidDay();
        }
        char expected = checkChar(code);
        if (code.charAt(15) != expected) {
            throw new InvalidValueException(FIELD + ".check_char", FIELD,
                    "Il codice fiscale non è valido: l'ultimo carattere di controllo non corrisponde. "
                            + "Verifichi di averlo trascritto correttamente dalla tessera sanitaria.",
                    "The fiscal code is not valid: the final check character does not match. "
                            + "Please check it was copied correctly from the health insurance card.");
        }
        return new FiscalCode(code, sex, yearOfCentury, month, day, decoded.substring(11, 15),
                !code.equals(decoded));
    }

    /**
     * Builds a valid codice fiscale from its parts; meant for generators and tests, not for user input (the real
     * code is issued by the Agenzia and may differ, e.g. by omocodia).
     *
     * @param surnameCode 3 letters, e.g. from {@link FiscalCodeNames#surnameCode(String)}
     * @param nameCode    3 letters, e.g. from {@link FiscalCodeNames#nameCode(String)}
     * @param belfiore    Belfiore code of the place of birth, 1 letter + 3 digits (e.g. {@code F205}, {@code Z404})
     * @throws IllegalArgumentException if a part is malformed (a programming error, hence not an
     *                                  {@link InvalidValueException})
     */
    public static FiscalCode compose(String surnameCode, String nameCode, LocalDate birth, Sex sex, String belfiore) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(sex, "sex");
        String surname = requireLetters(surnameCode, "surnameCode");
        String name = requireLetters(nameCode, "nameCode");
        String place = Objects.requireNonNull(belfiore, "belfiore").toUpperCase(Locale.ROOT);
        if (place.length() != 4 || !Inputs.isAsciiLetter(place.charAt(0)) || !Inputs.allDigits(place.substring(1))) {
            throw new IllegalArgumentException("belfiore must be 1 letter and 3 digits, was: " + belfiore);
        }
        int day = birth.getDayOfMonth() + (sex == Sex.F ? WOMEN_DAY_OFFSET : 0);
        String first15 = surname + name
                + twoDigits(Math.floorMod(birth.getYear(), 100))
                + MONTH_LETTERS.charAt(birth.getMonthValue() - 1)
                + twoDigits(day)
                + place;
        return parse(first15 + checkChar(first15));
    }

    /**
     * The check character for the first 15 characters of a code, computed with the official odd/even tables on the
     * characters as given (omocode letters included).
     *
     * @param first15 exactly 15 characters, each an upper-case letter A–Z or a digit
     * @return a single upper-case letter
     * @throws IllegalArgumentException if {@code first15} is malformed
     */
    public static String computeCheckChar(String first15) {
        Objects.requireNonNull(first15, "first15");
        if (first15.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 15 characters, got " + first15.length());
        }
        for (int i = 0; i < first15.length(); i++) {
            char c = first15.charAt(i);
            if (!Inputs.isAsciiLetter(c) && !Inputs.isAsciiDigit(c)) {
                throw new IllegalArgumentException("only A-Z and 0-9 are allowed, found '" + c + "' at " + i);
            }
        }
        return String.valueOf(checkChar(first15));
    }

    /** The normalised code as written (16 upper-case characters, omocode letters kept). */
    public String value() {
        return value;
    }

    /** Registry sex, derived from the day of birth (women have 40 added). */
    public Sex sex() {
        return sex;
    }

    /**
     * Date of birth, resolving the two-digit year against {@code today}.
     *
     * <p>Rule: the most recent date with that year-of-century, month and day that is not after {@code today}; in
     * practice "if 20yy would be in the future, it is 19yy". The code cannot tell a 1-year-old from a 101-year-old:
     * a member born in 1925 is read, in 2026, as born in 2025. When the registry (anagrafe) date is known it wins;
     * this method is for plausibility checks and for pre-filling forms. A 29 February is placed in a leap year.
     *
     * @param today the reference date, passed in so callers use their clock and tests are deterministic
     */
    public LocalDate birthDate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        int currentCentury = today.getYear() - Math.floorMod(today.getYear(), 100);
        // five centuries always contain a leap century year, so a 29 February always resolves
        for (int century = currentCentury; century >= currentCentury - 400; century -= 100) {
            int year = century + yearOfCentury;
            if (birthDayOfMonth <= birthMonth.length(Year.isLeap(year))) {
                LocalDate candidate = LocalDate.of(year, birthMonth, birthDayOfMonth);
                if (!candidate.isAfter(today)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no past date for " + birthMonth + " " + birthDayOfMonth);
    }

    /**
     * Belfiore code of the place of birth with omocodia decoded: a letter and three digits, e.g. {@code F205}
     * (Milano) or {@code Z404} (born abroad, here the United States).
     */
    public String birthPlaceCode() {
        return birthPlaceCode;
    }

    /** Whether born abroad: foreign states have Belfiore codes starting with Z. */
    public boolean bornAbroad() {
        return birthPlaceCode.charAt(0) == 'Z';
    }

    /** Whether at least one numeric position is written as an omocode letter. */
    public boolean isOmocode() {
        return omocode;
    }

    /**
     * The omocode variant with the {@code substitutions} rightmost numeric positions written as letters (the order
     * in which the Agenzia assigns them) and the check character recomputed; {@code 0} gives the code with no
     * substitutions. Meant for generators and tests: each variant is the code of a different person.
     *
     * @param substitutions 0 to 7
     */
    public FiscalCode omocodeVariant(int substitutions) {
        if (substitutions < 0 || substitutions > NUMERIC_POSITIONS_RIGHT_TO_LEFT.length) {
            throw new IllegalArgumentException("substitutions must be 0..7, was " + substitutions);
        }
        char[] chars = decodeOmocodia(value).toCharArray();
        for (int i = 0; i < substitutions; i++) {
            int position = NUMERIC_POSITIONS_RIGHT_TO_LEFT[i];
            chars[position] = OMOCODE_LETTERS.charAt(chars[position] - '0');
        }
        String first15 = new String(chars, 0, LENGTH - 1);
        return parse(first15 + checkChar(first15));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalCode other && value.equals(other.value);
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

    /**
     * Letters where letters are expected, and digits or omocode letters in the numeric positions. Any mix of
     * substituted positions is accepted, not only right-to-left suffixes: rejecting an odd-looking code that the
     * Agenzia did issue would block a person's enrolment, and typos are caught by the check character anyway.
     */
    private static boolean hasValidShape(String code) {
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            boolean ok = isNumericPosition(i)
                    ? Inputs.isAsciiDigit(c) || OMOCODE_LETTERS.indexOf(c) >= 0
                    : Inputs.isAsciiLetter(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumericPosition(int index) {
        for (int p : NUMERIC_POSITIONS_RIGHT_TO_LEFT) {
            if (p == index) {
                return true;
            }
        }
        return false;
    }

    /** Replaces omocode letters in the numeric positions with the digits they stand for. */
    private static String decodeOmocodia(String code) {
        char[] chars = code.toCharArray();
        for (int p : NUMERIC_POSITIONS_RIGHT_TO_LEFT) {
            int digit = OMOCODE_LETTERS.indexOf(chars[p]);
            if (digit >= 0) {
                chars[p] = (char) ('0' + digit);
            }
        }
        return new String(chars);
    }

    /** Official algorithm over the first 15 characters of {@code code} (which must be A-Z/0-9). */
    private static char checkChar(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = code.charAt(i);
            int index = Inputs.isAsciiDigit(c) ? c - '0' : c - 'A';
            // i is 0-based: i even is an "odd" position in the 1-based official description
            sum += (i % 2 == 0) ? ODD_POSITION_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /**
     * The year has only two digits, so a 29 February is accepted if either 19yy or 20yy is a leap year (the
     * centuries in which living members can be born); which one applies is decided by {@link #birthDate}.
     */
    private static boolean dayExistsInSomeCandidateCentury(int yearOfCentury, Month month, int day) {
        boolean someLeap = Year.isLeap(1900 + yearOfCentury) || Year.isLeap(2000 + yearOfCentury);
        return day <= month.length(someLeap);
    }

    private static String requireLetters(String part, String name) {
        Objects.requireNonNull(part, name);
        String upper = part.toUpperCase(Locale.ROOT);
        if (upper.length() != 3 || !Inputs.isAsciiLetter(upper.charAt(0)) || !Inputs.isAsciiLetter(upper.charAt(1))
                || !Inputs.isAsciiLetter(upper.charAt(2))) {
            throw new IllegalArgumentException(name + " must be 3 letters, was: " + part);
        }
        return upper;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static InvalidValueException required() {
        return new InvalidValueException(FIELD + ".required", FIELD,
                "Il codice fiscale è obbligatorio.",
                "The fiscal code is required.");
    }

    private static InvalidValueException invalidDay() {
        return new InvalidValueException(FIELD + ".day", FIELD,
                "Il giorno di nascita nel codice fiscale non è valido: deve essere tra 01 e 31 (uomini) o tra 41 e "
                        + "71 (donne) ed esistere nel mese indicato.",
                "The day of birth in the fiscal code is not valid: it must be between 01 and 31 (men) or between "
                        + "41 and 71 (women) and exist in the given month.");
    }
}
