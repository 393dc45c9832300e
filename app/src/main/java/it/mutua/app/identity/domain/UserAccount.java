package it.mutua.app.identity.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who can sign in: belongs to one tenant, holds roles. After {@code maxFailures} wrong passwords in a row
 * the account is locked for a while (even the right password is refused then), which makes guessing slow.
 */
@Entity
@Table(schema = "control", name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "member_ref")
    private String memberRef;
    private boolean enabled = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "control", name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, long tenantId, Set<String> roles,
                       String memberRef) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.tenantId = tenantId;
        this.roles = new HashSet<>(roles);
        this.memberRef = memberRef;
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account for {@code lockFor}. */
    public void recordFailedLogin(OffsetDateTime now, int maxFailures, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public long tenantId() {
        return tenantId;
    }

    public String memberRef() {
        return memberRef;
    }

    public boolean enabled() {
        return enabled;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }
}
