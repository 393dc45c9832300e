package it.mutua.app.plan.domain;

/** The area a benefit (garanzia) belongs to; {@link #LOCAL} is for free-form local projects (e.g. home care). */
public enum BenefitArea {
    HOSPITAL_MAJOR_SURGERY,
    HOSPITAL_OTHER_SURGERY,
    HOSPITAL_DAILY_ALLOWANCE,
    HIGH_SPECIALISATION_DIAGNOSTICS,
    SPECIALIST_VISITS,
    SSN_TICKETS,
    DENTAL,
    PHYSIOTHERAPY_REHABILITATION,
    PREGNANCY,
    LONG_TERM_CARE,
    LOCAL;

    /**
     * Whether a benefit of this area counts, by default, towards the share of resources that DM 27/10/2009 reserves
     * (20%) to dental care, long-term care and rehabilitation. Only a default: a layer may set the flag per benefit
     * (e.g. a local home-care project for non-self-sufficient people).
     */
    public boolean vincolataByDefault() {
        return this == DENTAL || this == LONG_TERM_CARE || this == PHYSIOTHERAPY_REHABILITATION;
    }
}
