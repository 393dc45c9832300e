package it.mutua.app.plan.domain;

/** The role of an enrolled person in the worker-member's family unit. */
public enum FamilyRole {
    WORKER, SPOUSE, CHILD, OTHER_DEPENDANT
}
