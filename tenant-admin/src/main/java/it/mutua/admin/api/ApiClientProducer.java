package it.mutua.admin.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the one {@link MutuaApi} of the application, pointed at MicroProfile Config's
 * {@code mutua.api.url} (default {@code http://localhost:9080}: the REST app in the same server).
 */
@ApplicationScoped
public class ApiClientProducer {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    @Inject
    @ConfigProperty(name = "mutua.api.url", defaultValue = "http://localhost:9080")
    String apiUrl;

    @Produces
    @Singleton
    Jsonb jsonb() {
        return JsonbBuilder.create();
    }

    void closeJsonb(@Disposes Jsonb jsonb) throws Exception {
        jsonb.close();
    }

    @Produces
    @Singleton
    MutuaApi mutuaApi(Jsonb jsonb) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new MutuaApi(URI.create(apiUrl), http, jsonb, REQUEST_TIMEOUT);
    }
}
