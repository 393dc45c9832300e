package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: is this person covered on this date, and how. Answered by the members feature. {@code enrollingTenantHint}
 * is the cooperative the caller says enrolled the person (a member's own tenant, or the one an officer names): an
 * adapter with a national index of enrolments may ignore it, one that reads a cooperative's own tables needs it.
 */
public interface CoverageSource {

    Optional<Coverage> coverageOn(String fiscalCode, long enrollingTenantHint, LocalDate date);
}
