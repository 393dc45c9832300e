package it.mutua.admin.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the per-feature clients of the office screens (claims, network, plan adoption), on the same
 * {@code mutua.api.url} as {@link MutuaApi} and sharing one {@link RestCalls}.
 */
@ApplicationScoped
public class OfficeApiProducer {

    @Inject
    @ConfigProperty(name = "mutua.api.url", defaultValue = "http://localhost:9080")
    String apiUrl;

    @Produces
    @Singleton
    RestCalls restCalls(Jsonb jsonb) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // 60 s: a payroll file or an invoice upload on a slow line must not time out before the API answers
        return new RestCalls(URI.create(apiUrl), http, jsonb, Duration.ofSeconds(60));
    }

    @Produces
    @Singleton
    ClaimsApi claimsApi(RestCalls rest) {
        return new ClaimsApi(rest);
    }

    @Produces
    @Singleton
    NetworkApi networkApi(RestCalls rest) {
        return new NetworkApi(rest);
    }

    @Produces
    @Singleton
    PlanAdoptionApi planAdoptionApi(RestCalls rest) {
        return new PlanAdoptionApi(rest);
    }
}
