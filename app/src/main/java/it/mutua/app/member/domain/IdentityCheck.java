package it.mutua.app.member.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.Sex;

/**
 * The typed birth date and sex against what the codice fiscale encodes. The code holds the year of the century only
 * (a person born in 1925 and one born in 2025 share it), so a typed date must agree on day, month and the last two
 * digits of the year, and then it wins: it is the registry date. Without a typed date the most recent plausible one
 * is taken ({@link FiscalCode#birthDate}).
 */
public final class IdentityCheck {

    private IdentityCheck() {
    }

    /** The birth date to record; 422 {@code member.birth_date.mismatch} / {@code member.sex.mismatch} when they disagree. */
    public static LocalDate birthDate(FiscalCode code, LocalDate typed, Sex typedSex, LocalDate today) {
        LocalDate encoded = code.birthDate(today);
        if (typedSex != null && typedSex != code.sex()) {
            throw RuleViolation.unprocessable("sex", "member.sex.mismatch", code.sex().name());
        }
        if (typed == null) {
            return encoded;
        }
        boolean agrees = typed.getDayOfMonth() == encoded.getDayOfMonth() && typed.getMonth() == encoded.getMonth()
                && typed.getYear() % 100 == encoded.getYear() % 100;
        if (!agrees) {
            throw RuleViolation.unprocessable("birthDate", "member.birth_date.mismatch", encoded);
        }
        if (typed.isAfter(today)) {
            throw RuleViolation.unprocessable("birthDate", "member.birth_date.future", typed);
        }
        return typed;
    }
}
