package it.mutua.app.plan.domain;

/** Where the service was given, which decides the cost-share rule that applies. */
public enum ProviderRegime {
    /** A cooperative provider in the mutual's network (the cheapest for the member, by design). */
    COOPERATIVE_NETWORK,
    OTHER_NETWORK,
    OUT_OF_NETWORK,
    /** A ticket paid to the national health service (SSN). */
    SSN_TICKET
}
