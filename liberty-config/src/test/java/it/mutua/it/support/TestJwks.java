package it.mutua.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * The JWKS the IT server is configured to trust (server variable {@code mutua.jwt.jwks-uri}): the app's own public
 * keys, fetched live, plus the key of an "external identity provider" that only this test holds. A token signed with
 * the external key is accepted because configuration says so; one signed with a third key is not.
 */
public final class TestJwks {

    public static final String ISSUER = "https://mutua.local/auth";
    private static final int PORT = Integer.getInteger("it.jwks.port", 9979);
    private static final RSAKey EXTERNAL = generate("external-idp-key");
    private static final RSAKey ROGUE = generate("rogue-key");
    private static HttpServer server;

    private TestJwks() {
    }

    public static synchronized void ensureRunning() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", PORT), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve the test JWKS on port " + PORT, e);
        }
        server.createContext("/jwks", exchange -> {
            byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Http.awaitReady();
    }

    /** A token as an external OIDC provider would issue it. */
    public static String externalToken(String username, long tenantId, List<String> groups, Instant expires) {
        return sign(EXTERNAL, username, tenantId, groups, expires);
    }

    /** A token signed with a key nobody trusts. */
    public static String rogueToken(String username, long tenantId, List<String> groups) {
        return sign(ROGUE, username, tenantId, groups, Instant.now().plusSeconds(600));
    }

    private static String jwks() {
        List<JWK> keys = new ArrayList<>();
        try {
            String own = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(Http.BASE + "/api/auth/jwks")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            keys.addAll(JWKSet.parse(own).getKeys());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the app's JWKS", e);
        }
        keys.add(EXTERNAL.toPublicJWK());
        return new JWKSet(keys).toString();
    }

    private static String sign(RSAKey key, String username, long tenantId, List<String> groups, Instant expires) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(username)
                    .claim("upn", username).claim("groups", groups).claim("tenant", Long.toString(tenantId))
                    .issueTime(Date.from(Instant.now().minusSeconds(5))).expirationTime(Date.from(expires))
                    .jwtID(java.util.UUID.randomUUID().toString()).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            var pair = g.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
