package it.mutua.admin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.Tenant;
import it.mutua.admin.api.UserProfile;

class ParentLinkTest {

    private static final UserProfile.TenantRef NATIONAL = new UserProfile.TenantRef(1L, "nazionale", "N", "NATIONAL");
    private static final UserProfile.TenantRef LOMBARDY = new UserProfile.TenantRef(2L, "lombardia", "L", "REGIONAL");
    private static final UserProfile.TenantRef SOCIAL = new UserProfile.TenantRef(3L, "social", "S", "FEDERATION");
    private static final UserProfile.TenantRef ARCOBALENO = new UserProfile.TenantRef(6L, "coop-arcobaleno", "A", "COOPERATIVE");

    private static Tenant tenant(long id, String code, String kind, String parent, String federation, String path) {
        return new Tenant(id, code, kind, code, null, "03", null, parent, federation, path, "ACTIVE", "3", null, null);
    }

    private static final Tenant LOMBARDY_TENANT = tenant(2, "lombardia", "REGIONAL", "nazionale", null, "/1/2/");
    private static final Tenant ARCOBALENO_TENANT = tenant(6, "coop-arcobaleno", "COOPERATIVE", "lombardia", "social", "/1/2/6/");

    @Test
    void aCooperativeAdministratorIsNotSentToTheRegionalMutualAbove() {
        assertEquals(Optional.empty(), ParentLink.target(ARCOBALENO_TENANT, ARCOBALENO));
    }

    @Test
    void nobodyGoesAboveTheirOwnTenant() {
        assertEquals(Optional.empty(), ParentLink.target(LOMBARDY_TENANT, LOMBARDY));
        assertEquals(Optional.empty(), ParentLink.target(tenant(1, "nazionale", "NATIONAL", null, null, "/1/"), NATIONAL));
    }

    @Test
    void belowTheirOwnTenantUsersGoUpTheTerritorialTree() {
        assertEquals(Optional.of("lombardia"), ParentLink.target(ARCOBALENO_TENANT, LOMBARDY));
        assertEquals(Optional.of("lombardia"), ParentLink.target(ARCOBALENO_TENANT, NATIONAL));
        assertEquals(Optional.of("nazionale"), ParentLink.target(LOMBARDY_TENANT, NATIONAL));
    }

    @Test
    void aFederationGoesBackToItselfNotToTheCooperativesTerritorialParent() {
        assertEquals(Optional.of("social"), ParentLink.target(ARCOBALENO_TENANT, SOCIAL));
    }

    @Test
    void anotherRegionsAdministratorIsNeverOfferedTheLink() {
        UserProfile.TenantRef tuscany = new UserProfile.TenantRef(9L, "toscana", "T", "REGIONAL");
        assertEquals(Optional.empty(), ParentLink.target(ARCOBALENO_TENANT, tuscany));
    }

    @Test
    void anIdIsMatchedAsAWholePathSegment() {
        UserProfile.TenantRef eleven = new UserProfile.TenantRef(11L, "other", "O", "REGIONAL");
        Tenant underOne = tenant(7, "c", "COOPERATIVE", "x", null, "/1/7/");
        assertEquals(Optional.empty(), ParentLink.target(underOne, eleven), "/1/ does not contain 11");
    }
}
