package it.mutua.app.member.domain;

/**
 * An Italian municipality from the ISTAT list: ISTAT code (6 digits), name, province sigla, cadastral (Belfiore) code
 * and postcode.
 */
public record Municipality(String istatCode, String name, String regionCode, String province, String cadastralCode,
                           String postcode) {
}
