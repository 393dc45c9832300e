package it.mutua.admin.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP plumbing of the per-feature API clients of the cooperative and member screens ({@link MembersApi},
 * {@link PayrollApi}, {@link MyClaimsApi}): JSON in and out, raw bytes for uploads and PDFs, the user's bearer token
 * and language on every call, and non-2xx answers turned into an {@link ApiException} with the API's error. HTTP/1.1
 * like {@link MutuaApi}: uploads take the protocol browsers use for them.
 */
@Singleton
public class ApiHttp {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUri;
    private final Jsonb jsonb;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    public ApiHttp(@ConfigProperty(name = "mutua.api.url", defaultValue = "http://localhost:9080") String apiUrl,
                   Jsonb jsonb) {
        this.baseUri = URI.create(apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl);
        this.jsonb = jsonb;
    }

    /** {@code List<T>} or {@code Page<T>} as a runtime type, for JSON-B. */
    public static Type listOf(Type element) {
        return new Generic(List.class, element);
    }

    public static Type pageOf(Type element) {
        return new Generic(Page.class, element);
    }

    public <T> T get(String path, Map<String, String> query, Caller caller, Type type) {
        return json(builder(path, query, caller, "application/json").GET().build(), type);
    }

    public <T> T post(String path, Object body, Caller caller, Type type) {
        return json(withBody(builder(path, Map.of(), caller, "application/json"), "POST", body), type);
    }

    public <T> T put(String path, Object body, Caller caller, Type type) {
        return json(withBody(builder(path, Map.of(), caller, "application/json"), "PUT", body), type);
    }

    /** POSTs raw bytes (a CSV file, a PDF) with the given content type. */
    public <T> T postBytes(String path, Map<String, String> query, String contentType, byte[] bytes, Caller caller,
                           Type type) {
        HttpRequest request = builder(path, query, caller, "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return json(request, type);
    }

    /** GETs a binary document (a PDF) as bytes. */
    public byte[] bytes(String path, Map<String, String> query, Caller caller, String accept) {
        HttpResponse<byte[]> response = exchange(builder(path, query, caller, accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new ApiException(error(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8)));
        }
        return response.body();
    }

    private HttpRequest withBody(HttpRequest.Builder builder, String method, Object body) {
        String json = body == null ? "" : jsonb.toJson(body);
        return builder.header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    private HttpRequest.Builder builder(String path, Map<String, String> query, Caller caller, String accept) {
        String queryString = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri + path
                        + (queryString.isEmpty() ? "" : "?" + queryString)))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept)
                .header("Accept-Language", caller.locale().toLanguageTag());
        caller.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private <T> T json(HttpRequest request, Type type) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new ApiException(error(status, response.body()));
        }
        try {
            return jsonb.fromJson(response.body(), type);
        } catch (JsonbException e) {
            throw ApiException.unreadable(status, e);
        }
    }

    private <B> HttpResponse<B> exchange(HttpRequest request, HttpResponse.BodyHandler<B> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw ApiException.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unreachable(e);
        }
    }

    ApiError error(int status, String body) {
        if (body != null && !body.isBlank()) {
            try {
                ApiError error = jsonb.fromJson(body, ApiError.class);
                if (error != null && error.code() != null) {
                    return new ApiError(status, error.code(), error.message(), error.violations());
                }
            } catch (JsonbException e) {
                // not the API's error format: fall through
            }
        }
        return new ApiError(status, "http." + status, body == null || body.length() <= 200 ? body
                : body.substring(0, 200) + "…", List.of());
    }

    /** A path segment, percent-encoded. */
    public static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty path segment");
        }
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Generic(Type raw, Type element) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
