package it.mutua.app.platform.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.identity.application.TokenIssuer;

/**
 * Makes the server verify one token before it reports ready, so its JWKS is fetched and cached before real traffic.
 *
 * <p>Why: Liberty's MP-JWT fetches the JWKS on the first token it verifies, holding a lock while it does, and by
 * default the JWKS is this same server's {@code /api/auth/jwks}. The seed load found that a burst of first requests on
 * a just-started server occupies every executor thread waiting for that lock, while the JWKS request itself waits in
 * the queue behind them: the server hangs for good. Verifying one token alone, before readiness, caches the keys; the
 * lock is then taken again only for a key never seen (a rotation).
 */
@ApplicationScoped
public class TokenVerificationWarmUp {

    private static final Logger LOG = Logger.getLogger(TokenVerificationWarmUp.class.getName());
    private static final long GIVE_UP_AFTER_MS = 120_000;

    @Inject
    TokenIssuer tokens;
    @Inject
    @ConfigProperty(name = "mutua.api.url", defaultValue = "http://localhost:9080")
    String apiUrl;
    @Resource(lookup = "concurrent/mutua-background")
    ManagedExecutorService executor;

    /** Starts the probe in the background: the HTTP port opens only after start-up returns. */
    void start() {
        String token = tokens.probe();
        executor.execute(() -> probe(token));
    }

    private void probe(String token) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/api/me")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        long started = System.currentTimeMillis();
        while (System.currentTimeMillis() - started < GIVE_UP_AFTER_MS) {
            try {
                // any answer means the token went through verification, so the keys are loaded (or unreachable,
                // which the next tokens would find just the same)
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                StartupState.markTokenKeysLoaded();
                LOG.info(() -> "token verification warmed up (probe answered " + status + ") in "
                        + (System.currentTimeMillis() - started) + " ms");
                return;
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // never keep the server out of service for this: it is an optimisation of the first burst, not a dependency
        LOG.log(Level.WARNING, "token verification warm-up got no answer from {0} in {1} ms; reporting ready anyway",
                new Object[] {apiUrl, GIVE_UP_AFTER_MS});
        StartupState.markTokenKeysLoaded();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
