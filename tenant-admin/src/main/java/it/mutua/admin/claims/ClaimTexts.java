package it.mutua.admin.claims;

import it.mutua.admin.api.ClaimData;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Claims in words, in the user's language: a status ("In revisione"), a benefit area ("Visite specialistiche"), a
 * regime, a line's reasons as the adjudication wrote them (Italian or English text of the API). Pure Java over a
 * translation function, so it is unit-tested against the real bundles.
 */
public final class ClaimTexts {

    public static final List<String> STATUSES = List.of("SUBMITTED", "AUTO_CHECKED", "IN_REVIEW", "APPROVED",
            "PARTLY_APPROVED", "REJECTED", "PAID");
    public static final List<String> AREAS = List.of("HOSPITAL_MAJOR_SURGERY", "HOSPITAL_OTHER_SURGERY",
            "HOSPITAL_DAILY_ALLOWANCE", "HIGH_SPECIALISATION_DIAGNOSTICS", "SPECIALIST_VISITS", "SSN_TICKETS", "DENTAL",
            "PHYSIOTHERAPY_REHABILITATION", "PREGNANCY", "LONG_TERM_CARE", "LOCAL");

    private final BiFunction<String, Object[], String> translate;
    private final Locale locale;

    public ClaimTexts(BiFunction<String, Object[], String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    public String status(String status) {
        return status == null ? "" : translate.apply("claim_status." + status, new Object[0]);
    }

    /** The area's name when the benefit code is a known area, else the code itself (a layer's own benefit). */
    public String benefit(String code) {
        if (code == null) {
            return "";
        }
        return AREAS.contains(code) ? translate.apply("plan_area." + code, new Object[0]) : code;
    }

    public String regime(String regime) {
        return regime == null ? "" : translate.apply("claim_regime." + regime, new Object[0]);
    }

    /** Why sampling sent the claim to review ("benefit", "threshold", "random"), in words; empty when it did not. */
    public String sampled(String because) {
        if (because == null || because.isBlank()) {
            return "";
        }
        return List.of("benefit", "threshold", "random").contains(because)
                ? translate.apply("claim_sampled." + because, new Object[0]) : because;
    }

    /** One reason in the user's language (the API sends both texts). */
    public String reason(ClaimData.Reason reason) {
        String text = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? reason.en() : reason.it();
        return text == null || text.isBlank() ? reason.code() : text;
    }

    /** All reasons of a line, one sentence after the other. */
    public String reasons(ClaimData.Line line) {
        return line.reasons().stream().map(this::reason).collect(Collectors.joining(" · "));
    }

    /** The benefits of a claim's lines, each once, for the queue. */
    public String benefits(ClaimData.Claim claim) {
        return claim.lines().stream().map(ClaimData.Line::benefit).distinct().map(this::benefit)
                .collect(Collectors.joining(", "));
    }

    /** Whether the officer may decide the claim now (only a claim in review), or reopen it (a decided one). */
    public static boolean decidable(ClaimData.Claim claim) {
        return "IN_REVIEW".equals(claim.status());
    }

    public static boolean reopenable(ClaimData.Claim claim) {
        return List.of("APPROVED", "PARTLY_APPROVED", "REJECTED").contains(claim.status()) && claim.paymentBatch() == null;
    }
}
