package it.mutua.app.catalog.domain;

/** The four kinds of tenant (DESIGN §2). */
public enum TenantKind {
    NATIONAL, REGIONAL, FEDERATION, COOPERATIVE
}
