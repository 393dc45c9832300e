package it.mutua.app.identity.application;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Jakarta Security's PBKDF2 (HMAC-SHA256, 32-byte salt), with the iteration count from configuration. */
@ApplicationScoped
public class PasswordHasher {

    /** Verifying against this hash of a random string costs as much as a real check: unknown users take as long. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "mutua.password.iterations", defaultValue = "120000")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Burn the same time as a real verification, for usernames that do not exist. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
