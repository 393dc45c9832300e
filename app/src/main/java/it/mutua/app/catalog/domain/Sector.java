package it.mutua.app.catalog.domain;

/** The sector of a federation (the sector axis of the tree). */
public enum Sector {
    SOCIAL, HOUSING, COMMUNITY, WORK, CONSUMER, AGRIFOOD, CULTURE
}
