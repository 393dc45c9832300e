package it.mutua.admin.myclaims;

import it.mutua.admin.api.MyClaimsApi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Claim values in the member's words: euros in Italian format, the reasons of a line in the chosen language. */
final class ClaimTexts {

    private ClaimTexts() {
    }

    static String euros(String apiAmount) {
        if (apiAmount == null || apiAmount.isBlank()) {
            return "–";
        }
        return NumberFormat.getCurrencyInstance(Locale.ITALY).format(new BigDecimal(apiAmount));
    }

    static String reasons(List<MyClaimsApi.Reason> reasons, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return reasons.stream().map(r -> english ? r.en() : r.it()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** A Lumo badge theme for the status: green when approved or paid, red when rejected, blue while in progress. */
    static String badgeTheme(String status) {
        return switch (status == null ? "" : status) {
            case "APPROVED", "PAID" -> "badge success";
            case "PARTLY_APPROVED" -> "badge warning";
            case "REJECTED" -> "badge error";
            default -> "badge";
        };
    }
}
