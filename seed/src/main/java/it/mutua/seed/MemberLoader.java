package it.mutua.seed;

import java.util.List;

/**
 * How a cooperative's people get into its registry. Today: one POST /api/members per person (the only path the
 * product offers). When the payroll CSV import lands, a loader that sends the cooperative's payroll file replaces it
 * (DESIGN: bulk paths the product offers may be used).
 */
interface MemberLoader {

    /** One line for the progress output: which product path is used. */
    String describe();

    /** Registers {@code people} in {@code coop} with its administrator's token; counts into {@code progress}. */
    void load(PlannedCooperative coop, List<Person> people, String coopAdminToken, Progress progress, List<String> errors);
}
