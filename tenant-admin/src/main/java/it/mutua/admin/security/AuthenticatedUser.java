package it.mutua.admin.security;

import it.mutua.admin.api.Caller;
import it.mutua.admin.api.UserProfile;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** The logged-in user as kept in the session: the API token, when it expires, and {@code /api/me}. */
public record AuthenticatedUser(String accessToken, Instant expiresAt, UserProfile profile) implements Serializable {

    public AuthenticatedUser {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(profile, "profile");
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean hasRole(String role) {
        return profile.hasRole(role);
    }

    public String displayName() {
        String name = profile.displayName();
        return name == null || name.isBlank() ? profile.username() : name;
    }

    public Caller caller(Locale locale) {
        return Caller.bearer(accessToken, locale);
    }

    @Override
    public String toString() {
        return "AuthenticatedUser[" + profile.username() + ", expiresAt=" + expiresAt + "]";
    }
}
