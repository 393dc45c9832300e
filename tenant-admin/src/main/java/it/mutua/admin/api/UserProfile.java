package it.mutua.admin.api;

import java.io.Serializable;
import java.util.List;

/** Answer of {@code GET /api/me}: the logged-in user, their roles and their tenant. */
public record UserProfile(String username, String displayName, List<String> roles, TenantRef tenant) implements Serializable {

    public UserProfile {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The short tenant reference embedded in {@code /api/me}. */
    public record TenantRef(Long id, String code, String name, String kind) implements Serializable {
    }
}
