package it.mutua.seed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** The product's REST API as a user's client sees it: JSON over HTTP with the user's bearer token. */
public final class MutuaClient {

    /** One HTTP answer. */
    public record Reply(int status, String body) {

        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public boolean created() {
            return status == 201;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    private volatile String openApi;

    public MutuaClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String baseUrl() {
        return base.toString();
    }

    /** HTTP requests sent so far (retries included): how the loader reports requests per step and per cooperative. */
    public long requests() {
        return requests.get();
    }

    /** Whether this client already holds a token of the user (then no sign-in is needed). */
    public boolean hasToken(String username) {
        return tokens.containsKey(username);
    }

    /** A token from POST /api/auth/token, cached per user (tokens live an hour; a seed run is shorter). */
    public String token(String username, String password) {
        return tokens.computeIfAbsent(username, u -> {
            Reply r = post("/api/auth/token", null, Json.createObjectBuilder().add("username", u)
                    .add("password", password).build().toString());
            if (r.status() != 200) {
                throw new IllegalStateException("login of " + u + " failed: " + r);
            }
            return r.json().getString("access_token");
        });
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a file (CSV) as a bulk path would take it. */
    public Reply postFile(String path, String token, String contentType, byte[] content) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    /** Whether the server's OpenAPI document has this path: how the seed notices a feature has landed. */
    public boolean offers(String apiPath) {
        if (openApi == null) {
            openApi = get("/openapi", null).body();
        }
        // the document comes as JSON (this client asks for it) or YAML, depending on the Accept header
        return openApi.contains("\"" + apiPath + "\"") || openApi.contains("\n  " + apiPath + ":");
    }

    /**
     * True once /health/ready answers 200 and the application itself answers (/api/auth/jwks): the health endpoint
     * alone says UP when the application failed to start, since then no check is registered.
     */
    public boolean ready() {
        try {
            for (String path : new String[] {"/health/ready", "/api/auth/jwks"}) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            requests.incrementAndGet();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body());
            } catch (IOException e) {
                // a connection reset under load is retried a few times; the product's writes are idempotent here
                // (a repeated create answers 409, which the loaders treat as done)
                if (attempt == 3) {
                    throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
