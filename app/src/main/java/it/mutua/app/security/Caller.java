package it.mutua.app.security;

import java.util.Set;

/** Who is asking: the verified token's user, tenant and roles. */
public record Caller(String username, long tenantId, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
