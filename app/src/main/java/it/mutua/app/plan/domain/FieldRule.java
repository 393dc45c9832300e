package it.mutua.app.plan.domain;

/** How a lower layer may treat a field it inherits. */
public enum FieldRule {
    /** A scalar: the lowest layer that sets it wins. */
    OVERRIDE,
    /** A collection (benefits, provider rules, sub-ceilings…): lower layers may add entries. */
    ADDITIVE,
    /** An upper layer locked it: a lower layer's change is refused with a conflict naming the owner. */
    LOCKED
}
