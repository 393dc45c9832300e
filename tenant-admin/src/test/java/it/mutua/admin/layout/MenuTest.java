package it.mutua.admin.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.UserProfile;
import it.mutua.admin.security.AuthenticatedUser;

/** The side menu per role, read from the views' own access annotations (the same rule the access guard applies). */
class MenuTest {

    private static List<String> menuOf(String... roles) {
        UserProfile profile = new UserProfile("u", "U", List.of(roles), new UserProfile.TenantRef(1L, "t", "T", "NATIONAL"));
        AuthenticatedUser user = new AuthenticatedUser("jwt", Instant.now().plusSeconds(60), profile);
        return Menu.visibleTo(user).stream().map(Menu.Entry::labelKey).toList();
    }

    @Test
    void theNationalAdministratorSeesEveryAdministrationScreen() {
        assertEquals(List.of("menu.dashboard", "menu.tenants", "menu.plans", "menu.sampling", "menu.network", "menu.regional",
                "menu.migrations", "menu.account"), menuOf("national-admin"));
    }

    @Test
    void aCooperativeAdministratorHasNoNationalScreen() {
        assertEquals(List.of("menu.dashboard", "menu.tenants", "menu.plans", "menu.members", "menu.payroll_import",
                "menu.contributions", "menu.account"), menuOf("coop-admin"));
    }

    @Test
    void aCooperativeAdministratorReachesNoClaimScreen() {
        List<String> menu = menuOf("coop-admin");
        for (String claimScreen : List.of("menu.claims", "menu.preauth", "menu.batches", "menu.sampling")) {
            assertFalse(menu.contains(claimScreen), claimScreen + " must not be offered to the employer: " + menu);
        }
    }

    @Test
    void aRegionalAdministratorSearchesItsNetworkAndItsIndividualMembersButSeesNoClaims() {
        assertEquals(List.of("menu.dashboard", "menu.tenants", "menu.plans", "menu.network", "menu.members", "menu.account"),
                menuOf("regional-admin"));
    }

    @Test
    void aMemberSeesTheirOwnCoverageFamilyClaimsAndProfileOnly() {
        assertEquals(List.of("menu.coverage", "menu.my_family", "menu.submit_claim", "menu.my_claims",
                "menu.access_log", "menu.account"), menuOf("member"));
    }

    @Test
    void theClaimsOfficerAndTheAuditorSeeWhatTheyMayRead() {
        assertEquals(List.of("menu.plans", "menu.claims", "menu.preauth", "menu.batches", "menu.sampling", "menu.network",
                "menu.account"), menuOf("claims-officer"));
        assertEquals(List.of("menu.dashboard", "menu.tenants", "menu.plans", "menu.network", "menu.migrations", "menu.account"),
                menuOf("auditor"));
    }
}
