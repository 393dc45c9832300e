package it.mutua.admin.security;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may enter a view, read from its annotations: {@code @AnonymousAllowed} = everyone,
 * {@code @RolesAllowed} = users with one of the roles, none = every logged-in user.
 * The side menu uses the same rule, so it never offers a view the guard would refuse.
 */
public final class ViewAccess {

    private ViewAccess() {
    }

    public static boolean isPublic(Class<?> view) {
        return view.isAnnotationPresent(AnonymousAllowed.class);
    }

    public static boolean isAllowed(Class<?> view, Optional<AuthenticatedUser> user) {
        if (isPublic(view)) {
            return true;
        }
        if (user.isEmpty()) {
            return false;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles == null || Arrays.stream(roles.value()).anyMatch(user.get()::hasRole);
    }
}
