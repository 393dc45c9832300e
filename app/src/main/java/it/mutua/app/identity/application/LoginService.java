package it.mutua.app.identity.application;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.TenantStatus;
import it.mutua.app.identity.domain.UserAccount;

/**
 * Checks a username and password and issues a token. A failed attempt is committed (it counts toward the lockout),
 * so the outcome is returned rather than thrown.
 */
@ApplicationScoped
public class LoginService {

    @Inject
    UserRepository users;
    @Inject
    TenantRepository tenants;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    @Inject
    @ConfigProperty(name = "mutua.auth.max-failures", defaultValue = "5")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "mutua.auth.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** Either a token, or the reason (a message code) and, for a lock, the minutes left. */
    public record Outcome(TokenIssuer.IssuedToken token, String failureCode, long minutesLocked) {
        public boolean succeeded() {
            return token != null;
        }
    }

    @Transactional
    public Outcome login(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new Outcome(null, "auth.credentials_required", 0);
        }
        Optional<UserAccount> found = users.findByUsername(username.strip().toLowerCase(Locale.ROOT));
        if (found.isEmpty() || !found.get().enabled()) {
            hasher.verifyDecoy(password);
            return new Outcome(null, "auth.invalid_credentials", 0);
        }
        UserAccount user = found.get();
        OffsetDateTime now = OffsetDateTime.now();
        if (user.isLocked(now)) {
            long minutes = Math.max(1, Duration.between(now, user.lockedUntil()).toMinutes() + 1);
            return new Outcome(null, "auth.locked", minutes);
        }
        if (!hasher.matches(password, user.passwordHash())) {
            user.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
            return new Outcome(null, "auth.invalid_credentials", 0);
        }
        Tenant tenant = tenants.findById(user.tenantId()).orElseThrow();
        if (tenant.status() != TenantStatus.ACTIVE) {
            return new Outcome(null, "tenant.not_active", 0);
        }
        user.recordSuccessfulLogin();
        return new Outcome(issuer.issue(user, tenant.code()), null, 0);
    }
}
