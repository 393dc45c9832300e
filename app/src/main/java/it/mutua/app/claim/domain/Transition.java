package it.mutua.app.claim.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One audited step of a claim's workflow: from where to where, who moved it, in which role, when and why. */
public record Transition(Optional<ClaimStatus> from, ClaimStatus to, String actor, String actorRole,
                         OffsetDateTime at, Optional<String> note) {
}
