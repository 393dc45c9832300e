package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Collective adhesions and coverage periods of the tenant in context. */
public interface EnrolmentRepository {

    void add(Enrolment enrolment);

    void add(CollectiveAdhesion adhesion);

    Optional<Enrolment> findById(long id);

    /** The periods of any of these people, oldest first (one read for a batch). */
    List<Enrolment> ofMembers(java.util.Collection<Long> memberIds);

    /**
     * The periods of a family unit, the holder's and every family member's, oldest first: one read with one plain
     * parameter (a list parameter makes Hibernate translate the query again on every call).
     */
    List<Enrolment> ofUnit(long holderId);

    /** The person's periods, oldest first. */
    List<Enrolment> ofMember(long memberId);

    /** The adhesion in force on {@code date}. */
    Optional<CollectiveAdhesion> adhesionOn(LocalDate date);

    /** The open-ended adhesion (no end date), if any: new hires are enrolled under it. */
    Optional<CollectiveAdhesion> currentAdhesion();

    List<CollectiveAdhesion> adhesions();
}
