package it.mutua.admin.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

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
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The HTTP plumbing the per-feature clients (claims, payments, network, plan adoption) share: bearer token and
 * language on every call, JSON-B both ways, the API's error body turned into an {@link ApiException}, and raw bytes
 * for downloads (SEPA file, attachments, booklet). Null query values are left out, so filters read naturally.
 */
public class RestCalls {

    private final URI baseUri;
    private final HttpClient http;
    private final Jsonb jsonb;
    private final Duration timeout;

    public RestCalls(URI baseUri, HttpClient http, Jsonb jsonb, Duration timeout) {
        String text = Objects.requireNonNull(baseUri, "baseUri").toString();
        this.baseUri = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : baseUri;
        this.http = Objects.requireNonNull(http, "http");
        this.jsonb = Objects.requireNonNull(jsonb, "jsonb");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A downloaded file: its bytes, media type and the file name the API proposes (may be null). */
    public record Download(byte[] bytes, String mediaType, String fileName) {
    }

    public <T> T get(String path, Map<String, ?> query, Caller caller, Type type) {
        return send(builder(path, query, caller, "application/json").GET().build(), type);
    }

    public <T> T post(String path, Map<String, ?> query, Object body, Caller caller, Type type) {
        return send(withBody(builder(path, query, caller, "application/json"), "POST", body).build(), type);
    }

    public <T> T post(String path, Object body, Caller caller, Type type, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, Map.of(), caller, "application/json");
        headers.forEach(b::header);
        return send(withBody(b, "POST", body).build(), type);
    }

    public <T> T put(String path, Object body, Caller caller, Type type) {
        return send(withBody(builder(path, Map.of(), caller, "application/json"), "PUT", body).build(), type);
    }

    /** POSTs raw bytes (a CSV file, a PDF) with their content type; the answer is JSON. */
    public <T> T postBytes(String path, Map<String, ?> query, String contentType, byte[] bytes, Caller caller, Type type) {
        return send(builder(path, query, caller, "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), type);
    }

    /** A GET whose answer is a file, not JSON. */
    public Download download(String path, Map<String, ?> query, Caller caller, String accept) {
        HttpResponse<byte[]> response = exchange(builder(path, query, caller, accept + ", application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new ApiException(readError(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8)));
        }
        return new Download(response.body(), response.headers().firstValue("Content-Type").orElse(accept),
                fileName(response.headers().firstValue("Content-Disposition").orElse(null)));
    }

    /** The file name of a {@code Content-Disposition} header ({@code attachment; filename="x.xml"}), or null. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        int at = disposition.indexOf("filename=");
        if (at < 0) {
            return null;
        }
        String name = disposition.substring(at + "filename=".length()).strip();
        int end = name.indexOf(';');
        name = end < 0 ? name : name.substring(0, end);
        return name.replace("\"", "").strip();
    }

    /** {@code List<T>} as a runtime type, for JSON-B. */
    public static Type listOf(Type element) {
        return new Parameterized(List.class, element);
    }

    /** {@code Page<T>} as a runtime type, for JSON-B. */
    public static Type pageOf(Type element) {
        return new Parameterized(Page.class, element);
    }

    /** A path segment, percent-encoded. */
    public static String segment(Object value) {
        String text = String.valueOf(value);
        if (value == null || text.isBlank()) {
            throw new IllegalArgumentException("empty path segment");
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, Object body) {
        String json = body == null ? "" : body instanceof jakarta.json.JsonValue value ? value.toString() : jsonb.toJson(body);
        return builder.header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder builder(String path, Map<String, ?> query, Caller caller, String accept) {
        String queryString = query.entrySet().stream()
                .filter(e -> e.getValue() != null && !String.valueOf(e.getValue()).isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri + path + (queryString.isEmpty() ? "" : "?" + queryString)))
                .timeout(timeout)
                .header("Accept", accept)
                .header("Accept-Language", caller.locale().toLanguageTag());
        caller.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private <T> T send(HttpRequest request, Type type) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new ApiException(readError(status, response.body()));
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

    private ApiError readError(int status, String body) {
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
        return new ApiError(status, "http." + status, body == null || body.length() <= 200 ? body : body.substring(0, 200), List.of());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Parameterized(Type raw, Type element) implements ParameterizedType {

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
