package it.mutua.app.catalog.domain;

/**
 * The visibility rule of DESIGN §2, in one place.
 *
 * <ul>
 *   <li>A principal of tenant X may act on X.</li>
 *   <li>It may read below X along the territorial tree (path prefix) and, when X is a federation, the cooperatives
 *       of its sector axis.</li>
 *   <li>It never sees a sibling's or an ancestor's data (inherited published plans are a separate, explicit rule).</li>
 *   <li>Catalog administration (rename, suspend, move) of a tenant belongs to its territorial ancestors.</li>
 * </ul>
 * Whatever is not visible answers 404, so existence is not revealed; callers translate {@code false} into 404.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean canActOn(TenantNode principal, TenantNode target) {
        return principal.id() == target.id();
    }

    public static boolean canRead(TenantNode principal, TenantNode target) {
        return canActOn(principal, target)
                || isTerritorialAncestor(principal, target)
                || isFederationOf(principal, target);
    }

    /** Reading another tenant's data (not one's own) is a parent read: it must be audited. */
    public static boolean isParentRead(TenantNode principal, TenantNode target) {
        return canRead(principal, target) && !canActOn(principal, target);
    }

    /**
     * Personal data (members, families) of a tenant: its own principals, and its territorial ancestors through an
     * audited parent read. A federation sees its cooperatives' figures, never their people.
     */
    public static boolean canReadPersonalData(TenantNode principal, TenantNode target) {
        return canActOn(principal, target) || isTerritorialAncestor(principal, target);
    }

    /**
     * Naming a tenant in a request (e.g. the federation of a new cooperative): whatever one may read, plus every
     * federation, because the sector federations are the confederation's shared directory and every cooperative,
     * wherever it sits in the territorial tree, belongs to one of them. Naming is not reading: nothing below the
     * federation becomes visible.
     */
    public static boolean canReference(TenantNode principal, TenantNode target) {
        return canRead(principal, target) || target.kind() == TenantKind.FEDERATION;
    }

    public static boolean canAdminister(TenantNode principal, TenantNode target) {
        return isTerritorialAncestor(principal, target);
    }

    private static boolean isTerritorialAncestor(TenantNode principal, TenantNode target) {
        return target.path().startsWith(principal.path()) && target.path().length() > principal.path().length();
    }

    private static boolean isFederationOf(TenantNode principal, TenantNode target) {
        return principal.kind() == TenantKind.FEDERATION && target.federationId() != null
                && target.federationId() == principal.id();
    }
}
