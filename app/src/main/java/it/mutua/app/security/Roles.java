package it.mutua.app.security;

/** The roles of DESIGN §8, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String NATIONAL_ADMIN = "national-admin";
    public static final String REGIONAL_ADMIN = "regional-admin";
    public static final String FEDERATION_ADMIN = "federation-admin";
    public static final String COOP_ADMIN = "coop-admin";
    public static final String CLAIMS_OFFICER = "claims-officer";
    public static final String MEMBER = "member";
    public static final String AUDITOR = "auditor";

    public static final String[] ALL = {NATIONAL_ADMIN, REGIONAL_ADMIN, FEDERATION_ADMIN, COOP_ADMIN, CLAIMS_OFFICER,
            MEMBER, AUDITOR};
    public static final String[] ADMINS = {NATIONAL_ADMIN, REGIONAL_ADMIN, FEDERATION_ADMIN, COOP_ADMIN};

    private Roles() {
    }
}
