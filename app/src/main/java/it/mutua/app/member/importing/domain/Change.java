package it.mutua.app.member.importing.domain;

/**
 * What one line (or one absence from the list) means against the registry.
 *
 * @param current the registry's worker, null for a hire
 * @param wanted  the worker as the file wants them (for a leaver by absence: the current one with the end date set)
 */
public record Change(Kind kind, CurrentWorker current, PayrollRow wanted) {

    public enum Kind {
        /** Not in the registry: a new member with their employment. */
        HIRE,
        /** In the registry and the file gives the same data: nothing is written (this is what makes re-imports idempotent). */
        UNCHANGED,
        /** In the registry with different names, contract, contacts or hire date. */
        UPDATE,
        /** The employment gets an end date it did not have (or a different one). */
        LEAVER,
        /** The codice fiscale belongs to a family member of the registry: the line is refused. */
        CONFLICT
    }
}
