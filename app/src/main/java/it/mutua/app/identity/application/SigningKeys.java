package it.mutua.app.identity.application;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RS256 key pair of the built-in issuer. Generated at first start and kept in {@code control.signing_key}, so every
 * node of a cluster signs with the same key and restarts do not invalidate issued tokens. The public half is served
 * as a JWKS, which is what MicroProfile JWT verification reads.
 */
@ApplicationScoped
public class SigningKeys {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    private volatile RSAKey active;

    /** Makes sure an active key exists; safe when several nodes start at once (advisory lock). */
    @Transactional
    public void ensureKey() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(724001)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT public_jwk, private_pkcs8 FROM control.signing_key WHERE active ORDER BY created_at DESC LIMIT 1")
                .getResultList();
        if (rows.isEmpty()) {
            RSAKey generated = generate();
            em.createNativeQuery("INSERT INTO control.signing_key (kid, algorithm, public_jwk, private_pkcs8) VALUES (?1, 'RS256', ?2, ?3)")
                    .setParameter(1, generated.getKeyID())
                    .setParameter(2, generated.toPublicJWK().toJSONString())
                    .setParameter(3, encodePrivate(generated))
                    .executeUpdate();
            active = generated;
        } else {
            active = load((String) rows.get(0)[0], (String) rows.get(0)[1]);
        }
    }

    public RSAKey active() {
        RSAKey key = active;
        if (key == null) {
            ensureKey();
            key = active;
        }
        return key;
    }

    public String jwks() {
        return new JWKSet(active().toPublicJWK()).toString();
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate the signing key", e);
        }
    }

    private static String encodePrivate(RSAKey key) {
        try {
            return Base64.getEncoder().encodeToString(key.toPrivateKey().getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode the signing key", e);
        }
    }

    private static RSAKey load(String publicJwk, String privatePkcs8) {
        try {
            RSAKey pub = RSAKey.parse(publicJwk);
            RSAPrivateKey priv = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privatePkcs8)));
            return new RSAKey.Builder(pub).privateKey(priv).build();
        } catch (Exception e) {
            throw new IllegalStateException("stored signing key is unreadable", e);
        }
    }
}
