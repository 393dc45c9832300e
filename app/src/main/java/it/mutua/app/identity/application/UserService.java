package it.mutua.app.identity.application;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.identity.domain.UserAccount;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/** Tenant administrators create users of their own tenant and of the tenants they administer below it. */
@ApplicationScoped
@Transactional
public class UserService {

    /** Which roles make sense on which kind of tenant. */
    private static final Map<String, Set<TenantKind>> ROLE_KINDS = Map.of(
            Roles.NATIONAL_ADMIN, Set.of(TenantKind.NATIONAL),
            Roles.REGIONAL_ADMIN, Set.of(TenantKind.REGIONAL),
            Roles.FEDERATION_ADMIN, Set.of(TenantKind.FEDERATION),
            Roles.COOP_ADMIN, Set.of(TenantKind.COOPERATIVE),
            Roles.CLAIMS_OFFICER, Set.of(TenantKind.NATIONAL, TenantKind.REGIONAL),
            Roles.MEMBER, Set.of(TenantKind.COOPERATIVE, TenantKind.REGIONAL),
            Roles.AUDITOR, Set.of(TenantKind.values()));

    @Inject
    UserRepository users;
    @Inject
    TenantRepository tenants;
    @Inject
    PasswordHasher hasher;
    @Inject
    AuditLog audit;

    public record NewUser(String username, String displayName, String password, String tenant, List<String> roles,
                          String memberRef) {
    }

    public UserAccount create(Caller caller, NewUser request) {
        Tenant target = administrableTenant(caller, request.tenant());
        String username = username(request.username());
        String displayName = displayName(request.displayName());
        checkPassword(request.password());
        Set<String> roles = roles(request.roles(), target);
        if (users.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("user.username.taken", username);
        }
        UserAccount user = new UserAccount(username, displayName, hasher.hash(request.password()), target.id(), roles,
                request.memberRef());
        users.add(user);
        audit.record(caller.username(), caller.tenantId(), "USER_CREATED", target.id(),
                "username=" + username + "; roles=" + String.join(",", roles));
        return user;
    }

    /** Used at first start by the demo data: no caller, no checks beyond the password rules. */
    public UserAccount createSystemUser(String username, String displayName, String password, Tenant tenant,
                                        Set<String> roles, String memberRef) {
        checkPassword(password);
        UserAccount user = new UserAccount(username(username), displayName, hasher.hash(password), tenant.id(),
                roles(List.copyOf(roles), tenant), memberRef);
        users.add(user);
        return user;
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    public List<UserAccount> list(Caller caller, String tenantCode, int page, int size) {
        return users.ofTenant(administrableTenant(caller, tenantCode).id(), page * size, size);
    }

    public long count(Caller caller, String tenantCode) {
        return users.countOfTenant(administrableTenant(caller, tenantCode).id());
    }

    private Tenant administrableTenant(Caller caller, String code) {
        Tenant principal = tenants.findById(caller.tenantId()).orElseThrow();
        Tenant target = code == null || code.isBlank() ? principal
                : tenants.findByCode(code.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> Visibility.canRead(principal, t))
                    .orElseThrow(() -> ProblemException.notFound("tenant.not_found", code));
        boolean own = Visibility.canActOn(principal, target);
        if (!caller.hasAnyRole(Roles.ADMINS) || !(own || Visibility.canAdminister(principal, target))) {
            throw ProblemException.forbidden("user.create.forbidden", target.code());
        }
        return target;
    }

    private static String username(String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolation.invalid("username", "user.username.required");
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[a-z0-9][a-z0-9._@-]{2,79}")) {
            throw RuleViolation.invalid("username", "user.username.format");
        }
        return value;
    }

    private static String displayName(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 200) {
            throw RuleViolation.invalid("displayName", "user.display_name.required");
        }
        return raw.strip();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 10 || password.length() > 200) {
            throw RuleViolation.invalid("password", "user.password.length");
        }
    }

    private static Set<String> roles(List<String> requested, Tenant target) {
        if (requested == null || requested.isEmpty()) {
            throw RuleViolation.invalid("roles", "user.roles.required");
        }
        Set<String> roles = new HashSet<>();
        for (String role : requested) {
            Set<TenantKind> kinds = ROLE_KINDS.get(role);
            if (kinds == null) {
                throw RuleViolation.invalid("roles", "user.roles.unknown", String.valueOf(role));
            }
            if (!kinds.contains(target.kind())) {
                throw RuleViolation.invalid("roles", "user.roles.wrong_tenant_kind", role, target.kind().name());
            }
            roles.add(role);
        }
        return roles;
    }
}
