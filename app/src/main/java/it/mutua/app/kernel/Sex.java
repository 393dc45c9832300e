package it.mutua.app.kernel;

/**
 * Sex as recorded in the codice fiscale (the only two values the Agenzia delle Entrate encodes). It is the
 * registry sex, used for fiscal purposes; it says nothing about gender identity and must not be used as such.
 */
public enum Sex {
    /** Male: day of birth written as is (01–31). */
    M,
    /** Female: day of birth written with 40 added (41–71). */
    F
}
