package it.mutua.admin.api;

import java.util.List;

/** A user as {@code POST /api/users} answers it. */
public record UserAccount(Long id, String username, String displayName, Long tenantId, List<String> roles) {
}
