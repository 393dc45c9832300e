package it.mutua.app.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import it.mutua.app.identity.domain.UserAccount;

/** Signs MicroProfile JWT tokens: sub, upn, groups, tenant (id) and, for members, member. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "mutua.jwt.issuer", defaultValue = "https://mutua.local/auth")
    String issuer;

    @Inject
    @ConfigProperty(name = "mutua.jwt.ttl-seconds", defaultValue = "3600")
    long ttlSeconds;

    public record IssuedToken(String token, long expiresIn) {
    }

    /**
     * A token of nobody (no roles, no tenant, valid one minute), signed with the active key: the server sends it to
     * itself at start so that verifying it loads the keys before real traffic arrives. It grants nothing.
     */
    public String probe() {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("mutua-start-probe")
                .claim("upn", "mutua-start-probe").claim("groups", new ArrayList<String>())
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60))).build();
        return sign(claims);
    }

    public IssuedToken issue(UserAccount user, String tenantCode) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(String.valueOf(user.id()))
                .claim("upn", user.username())
                .claim("name", user.displayName())
                .claim("groups", new ArrayList<>(user.roles()))
                .claim("tenant", String.valueOf(user.tenantId()))
                .claim("tenant_code", tenantCode)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ttlSeconds)));
        if (user.memberRef() != null) {
            claims.claim("member", user.memberRef());
        }
        return new IssuedToken(sign(claims.build()), ttlSeconds);
    }

    private String sign(JWTClaimsSet claims) {
        var key = keys.active();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("token signing failed", e);
        }
        return jwt.serialize();
    }
}
