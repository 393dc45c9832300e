package it.mutua.app.claim.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Port: is this person covered on this date, and how. Answered by the members feature. {@code enrollingTenantHint}
 * is the cooperative the caller says enrolled the person (a member's own tenant, or the one an officer names): an
 * adapter with a national index of enrolments may ignore it, one that reads a cooperative's own tables needs it.
 */
public interface CoverageSource {

    Optional<Coverage> coverageOn(String fiscalCode, long enrollingTenantHint, LocalDate date);

    /** One question of {@link #coverageOnAll}. */
    record Ask(String fiscalCode, long enrollingTenantHint, LocalDate date) {
    }

    /**
     * Many questions at once (a batch of claims): the same answers as asking one by one, which is what this default
     * does; an adapter may group them (one read per enrolling cooperative instead of one per person).
     */
    default Map<Ask, Optional<Coverage>> coverageOnAll(Collection<Ask> asks) {
        var answers = new LinkedHashMap<Ask, Optional<Coverage>>();
        for (Ask ask : asks) {
            answers.computeIfAbsent(ask, a -> coverageOn(a.fiscalCode(), a.enrollingTenantHint(), a.date()));
        }
        return answers;
    }

    /** A source answering from answers read up front, and asking {@code fallback} for anything else. */
    static CoverageSource prefetched(Map<Ask, Optional<Coverage>> answers, CoverageSource fallback) {
        return (fiscalCode, hint, date) -> {
            Optional<Coverage> known = answers.get(new Ask(fiscalCode, hint, date));
            return known != null ? known : fallback.coverageOn(fiscalCode, hint, date);
        };
    }
}
