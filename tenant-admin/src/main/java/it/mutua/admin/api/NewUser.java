package it.mutua.admin.api;

import java.util.List;

/** Body of {@code POST /api/users}: a user of {@code tenant} (by code) with the given roles. */
public record NewUser(String username, String displayName, String password, String tenant, List<String> roles) {

    public NewUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", tenant=" + tenant + ", roles=" + roles + ", password=***]";
    }
}
