package it.mutua.admin.security;

/** Role names carried in the JWT's {@code groups} claim and in {@code /api/me}. */
public final class Roles {

    public static final String NATIONAL_ADMIN = "national-admin";
    public static final String REGIONAL_ADMIN = "regional-admin";
    public static final String FEDERATION_ADMIN = "federation-admin";
    public static final String COOP_ADMIN = "coop-admin";
    public static final String CLAIMS_OFFICER = "claims-officer";
    public static final String MEMBER = "member";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
