package it.mutua.seed;

import java.time.LocalDate;

import it.mutua.app.kernel.Sex;

/**
 * An enrolled person: a worker-member of a cooperative or a family member of one.
 *
 * @param worker the worker's codice fiscale for a family member; {@code null} for a worker
 */
public record Person(String fiscalCode, String givenName, String familyName, LocalDate birthDate, Sex sex,
                     Role role, String worker) {

    /** A worker, or a worker's spouse or child. */
    public enum Role { WORKER, SPOUSE, CHILD }

    public boolean isFamilyMember() {
        return role != Role.WORKER;
    }
}
