package it.mutua.admin.security;

import com.vaadin.flow.server.VaadinSession;

import java.time.Instant;
import java.util.Optional;

/** Reads and writes the {@link AuthenticatedUser} kept in the current {@link VaadinSession}. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The logged-in user of the current session, if any and not expired. */
    public static Optional<AuthenticatedUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getAttribute(AuthenticatedUser.class))
                .filter(user -> !user.isExpired(Instant.now()));
    }

    /** The logged-in user; for views that the {@link AccessGuard} only lets in when logged in. */
    public static AuthenticatedUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated user in this session"));
    }

    /** Forgets the user of the current session (an expired or revoked token): the next navigation asks to log in. */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            clear(session);
        }
    }

    static void set(VaadinSession session, AuthenticatedUser user) {
        session.setAttribute(AuthenticatedUser.class, user);
    }

    static void clear(VaadinSession session) {
        session.setAttribute(AuthenticatedUser.class, null);
    }
}
