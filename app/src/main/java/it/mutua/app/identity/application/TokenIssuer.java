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
        var key = keys.active();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("token signing failed", e);
        }
        return new IssuedToken(jwt.serialize(), ttlSeconds);
    }
}
