package it.mutua.app.member.domain;

import java.util.Locale;

import it.mutua.app.kernel.RuleViolation;

/** What a person consents to (GDPR art. 6/9): the processing of health data is what the mutual cannot work without. */
public enum ConsentPurpose {
    /** Processing of health data to manage claims and reimbursements (art. 9). */
    HEALTH_DATA,
    /** Personal data for the membership and the plan (art. 6). */
    MEMBERSHIP,
    /** Newsletters and information on services. */
    COMMUNICATIONS;

    public static ConsentPurpose parse(String raw) {
        try {
            return valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("purpose", "member.consent.purpose", raw);
        }
    }
}
