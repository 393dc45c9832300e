package it.mutua.admin.security;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.TokenResponse;
import it.mutua.admin.api.UserProfile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Logs users in against the API ({@code /api/auth/token} then {@code /api/me}) and out again. */
@ApplicationScoped
public class Authenticator {

    /** Used when the token answer has no {@code expires_in}. */
    private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(15);

    private final MutuaApi api;
    private final Clock clock;

    @Inject
    public Authenticator(MutuaApi api) {
        this(api, Clock.systemUTC());
    }

    Authenticator(MutuaApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** Protected by CDI for the client proxy. */
    protected Authenticator() {
        this(null, Clock.systemUTC());
    }

    /**
     * Checks the credentials with the API and keeps token and profile in the session.
     *
     * @throws it.mutua.admin.api.ApiException with the API's (localized) error
     */
    public AuthenticatedUser login(String username, String password, Locale locale) {
        Instant issuedAt = clock.instant();
        TokenResponse token = api.token(username, password, Caller.anonymous(locale));
        UserProfile profile = api.me(Caller.bearer(token.accessToken(), locale));
        AuthenticatedUser user = new AuthenticatedUser(token.accessToken(), issuedAt.plus(lifetime(token)), profile);
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        CurrentUser.set(VaadinSession.getCurrent(), user);
        return user;
    }

    /** Forgets the user's token; the session (and its language) stays. */
    public void logout() {
        CurrentUser.clear(VaadinSession.getCurrent());
    }

    private static Duration lifetime(TokenResponse token) {
        Long seconds = token.expiresIn();
        return seconds == null || seconds <= 0 ? DEFAULT_TOKEN_LIFETIME : Duration.ofSeconds(seconds);
    }
}
