package it.mutua.app.plan.domain;

/** The layers of a plan, in the order they are applied: the declaration order is the application order. */
public enum LayerLevel {
    NATIONAL, FEDERATION, REGIONAL, COOPERATIVE
}
