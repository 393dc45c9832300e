package it.mutua.admin.tenant;

import it.mutua.admin.api.Tenant;
import it.mutua.admin.api.UserProfile;

import java.util.Optional;

/**
 * Where the "up" link of a tenant page may lead: only to a tenant the user may read (DESIGN §2: one's own tenant and
 * what is below it), never to an ancestor of the user's own tenant, which the API answers with 404. Below the user's
 * tenant that is the territorial parent; a federation reaches its cooperatives along the sector axis, so from one of
 * them it goes back to the federation itself (the cooperative's territorial parent is not the federation's to read).
 */
final class ParentLink {

    private ParentLink() {
    }

    static Optional<String> target(Tenant shown, UserProfile.TenantRef own) {
        if (shown == null || own == null || shown.code().equals(own.code())) {
            return Optional.empty();
        }
        if (shown.parentCode() != null && parentPathContains(shown.path(), own.id())) {
            return Optional.of(shown.parentCode());
        }
        if ("FEDERATION".equals(own.kind()) && own.code().equals(shown.federationCode())) {
            return Optional.of(own.code());
        }
        return Optional.empty();
    }

    /** The path is the chain of ids from the root, "/1/6/23/"; the parent's path is it without the last id. */
    private static boolean parentPathContains(String path, Long id) {
        if (path == null || id == null) {
            return false;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int last = trimmed.lastIndexOf('/');
        String parentPath = last < 0 ? "" : trimmed.substring(0, last + 1);
        return parentPath.contains("/" + id + "/");
    }
}
