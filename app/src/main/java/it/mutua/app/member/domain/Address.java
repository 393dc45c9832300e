package it.mutua.app.member.domain;

import it.mutua.app.kernel.RuleViolation;

/** A residence address in Italy: street and number, postcode, and the municipality from the reference list. */
public record Address(String street, String postcode, Municipality municipality) {

    public Address {
        if (street == null || street.isBlank() || street.strip().length() > 200
                || street.codePoints().anyMatch(Character::isISOControl)) {
            throw RuleViolation.invalid("address.street", "member.address.street");
        }
        street = street.strip().replaceAll("\\s+", " ");
        if (postcode == null || !postcode.strip().matches("\\d{5}")) {
            throw RuleViolation.invalid("address.postcode", "member.address.postcode", postcode);
        }
        postcode = postcode.strip();
        if (municipality == null) {
            throw RuleViolation.invalid("address.municipality", "member.address.municipality", "");
        }
    }
}
