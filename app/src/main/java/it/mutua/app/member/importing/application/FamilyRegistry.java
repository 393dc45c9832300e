package it.mutua.app.member.importing.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import it.mutua.app.member.importing.domain.FamilyRow;

/**
 * The member registry as the family import sees it, in the tenant in context and the caller's transaction: a few
 * set-based reads to check a whole file, and one bulk write for the relatives it adds (a few statements per file
 * instead of a dozen per relative through the entities).
 */
public interface FamilyRegistry {

    /** A registered person: worker-member (holder) or a holder's relative. */
    record Registered(long id, String fiscalCode, boolean worker, Long holderId) {
    }

    /** A coverage period of a holder. */
    record Period(long memberId, String kind, String planCode, LocalDate start, LocalDate end) {
        public boolean overlapsFrom(LocalDate date) {
            return end == null || !end.isBefore(date);
        }
    }

    /**
     * A relative to register: enrolled with the holder's period from {@code start} under {@code planCode}, or
     * registered only ({@code holderPeriod} null) while the holder is not covered.
     */
    record NewRelative(FamilyRow row, long holderId, LocalDate birthDate, String sex, Period holderPeriod,
                       LocalDate start, String planCode) {
    }

    /** The registered people among these codici fiscali, by codice fiscale. */
    Map<String, Registered> find(Collection<String> fiscalCodes);

    /** Every coverage period of these members, oldest first. */
    Map<Long, List<Period>> periods(Collection<Long> memberIds);

    /** Those of these holders who already have a covered spouse or partner. */
    Set<Long> withCoveredSpouse(Collection<Long> holderIds);

    /**
     * Registers the relatives with their history, enrolments and person index rows.
     *
     * @return how many of them have an open coverage period (the "enrolled" figure grows by as many)
     */
    int add(List<NewRelative> relatives, String actor);
}
