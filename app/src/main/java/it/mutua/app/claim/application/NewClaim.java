package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as submitted. {@code fiscalCode} is the patient (default: the member calling); {@code memberTenant} is the
 * code of the cooperative that enrolled them, required from officers; {@code iban} the account to pay (default: the
 * holder's IBAN on file).
 */
public record NewClaim(String fiscalCode, String memberTenant, String iban, String payeeName, List<Line> lines) {

    /** One line: {@code regime} and {@code cause} are enum names; {@code facility} a network facility's reference. */
    public record Line(String benefit, String facility, String provider, String regime, LocalDate serviceDate,
                       BigDecimal invoiced, String invoiceNumber, LocalDate invoiceDate, String cause,
                       String subCeiling) {
    }
}
