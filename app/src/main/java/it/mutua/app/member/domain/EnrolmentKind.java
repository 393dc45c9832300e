package it.mutua.app.member.domain;

/** How a person came to be covered. */
public enum EnrolmentKind {
    /** Through the cooperative's collective adhesion to a plan (the worker and the family). */
    COLLECTIVE,
    /** Voluntary individual enrolment with a regional mutual, no cooperative in between. */
    INDIVIDUAL
}
