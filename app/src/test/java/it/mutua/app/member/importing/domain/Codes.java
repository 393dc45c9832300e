package it.mutua.app.member.importing.domain;

import java.time.LocalDate;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Sex;

/** Valid codici fiscali for the tests, composed (not real people). */
final class Codes {

    private Codes() {
    }

    static String worker(int n) {
        return FiscalCode.compose("RSS", "MRA", LocalDate.of(1970, 1, 1).plusDays(n), n % 2 == 0 ? Sex.M : Sex.F,
                "F205").value();
    }
}
