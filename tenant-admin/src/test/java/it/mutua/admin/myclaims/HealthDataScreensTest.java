package it.mutua.admin.myclaims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import it.mutua.admin.api.UserProfile;
import it.mutua.admin.coverage.CoverageView;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.ViewAccess;

/** The employer never reaches a screen with health data: only members open their claims and who read them. */
class HealthDataScreensTest {

    private static Optional<AuthenticatedUser> user(String role) {
        UserProfile profile = new UserProfile("u", "U", List.of(role), new UserProfile.TenantRef(1L, "t", "T", "COOPERATIVE"));
        return Optional.of(new AuthenticatedUser("jwt", Instant.now().plusSeconds(60), profile));
    }

    @ParameterizedTest
    @ValueSource(classes = {SubmitClaimView.class, MyClaimsView.class, AccessLogView.class, CoverageView.class})
    void aCooperativeAdministratorCannotOpenAMembersHealthScreenButTheMemberCan(Class<?> view) {
        assertFalse(ViewAccess.isAllowed(view, user("coop-admin")));
        assertTrue(ViewAccess.isAllowed(view, user("member")));
        assertFalse(ViewAccess.isAllowed(view, Optional.empty()));
    }
}
