package it.mutua.app.network.domain;

/** A municipality of the ISTAT reference list: its 6-digit code, name, region and province codes, CAP, population. */
public record Municipality(String istatCode, String name, String regionCode, String provinceCode,
                           String provinceAbbreviation, String postalCode, int population) {
}
