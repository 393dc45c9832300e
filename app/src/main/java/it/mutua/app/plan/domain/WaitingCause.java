package it.mutua.app.plan.domain;

/** The cause a waiting period (carenza) is counted for. */
public enum WaitingCause {
    INJURY, ILLNESS, PREGNANCY, PRE_EXISTING
}
