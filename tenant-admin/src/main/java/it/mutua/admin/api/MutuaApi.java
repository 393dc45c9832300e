package it.mutua.admin.api;

import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Blocking client of the Mutua REST API. Thread-safe; one instance per application.
 *
 * <p>Every call takes a {@link Caller} (bearer token and language). Non-2xx answers become an
 * {@link ApiException} carrying the API's {@link ApiError}; transport failures become an
 * {@link ApiException} with code {@link ApiException#UNREACHABLE}.
 */
public class MutuaApi {

    private static final Type TENANT_PAGE = new PageOf(Tenant.class);

    private final URI baseUri;
    private final HttpClient http;
    private final Jsonb jsonb;
    private final Duration timeout;

    public MutuaApi(URI baseUri, HttpClient http, Jsonb jsonb, Duration timeout) {
        this.baseUri = withoutTrailingSlash(Objects.requireNonNull(baseUri, "baseUri"));
        this.http = Objects.requireNonNull(http, "http");
        this.jsonb = Objects.requireNonNull(jsonb, "jsonb");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** {@code POST /api/auth/token}: exchanges username and password for an access token. */
    public TokenResponse token(String username, String password, Caller caller) {
        String body = jsonb.toJson(Map.of("username", username, "password", password));
        HttpRequest request = request("/api/auth/token", Map.of(), caller)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request, TokenResponse.class);
    }

    /** {@code GET /api/me}: the caller's profile, roles and tenant. */
    public UserProfile me(Caller caller) {
        return get("/api/me", Map.of(), caller, UserProfile.class);
    }

    /** {@code GET /api/tenants/{code}}. */
    public Tenant tenant(String code, Caller caller) {
        return get("/api/tenants/" + segment(code), Map.of(), caller, Tenant.class);
    }

    /** {@code GET /api/tenants/{code}/children?page&size&sort&q}. */
    public Page<Tenant> children(String code, PageRequest pageRequest, Caller caller) {
        return get("/api/tenants/" + segment(code) + "/children", pageParameters(pageRequest), caller, TENANT_PAGE);
    }

    /** {@code GET /api/tenants/{code}/figures}: the reporting figures of the tenant's subtree. */
    public Figures figures(String code, Caller caller) {
        return get("/api/tenants/" + segment(code) + "/figures", Map.of(), caller, Figures.class);
    }

    /** {@code GET /api/tenants/{code}/children} with a kind and/or region filter (either may be null). */
    public Page<Tenant> children(String code, PageRequest pageRequest, String kind, String region, Caller caller) {
        Map<String, String> parameters = pageParameters(pageRequest);
        if (kind != null) {
            parameters.put("kind", kind);
        }
        if (region != null) {
            parameters.put("region", region);
        }
        return get("/api/tenants/" + segment(code) + "/children", parameters, caller, TENANT_PAGE);
    }

    /** {@code POST /api/tenants}. */
    public Tenant createTenant(NewTenant tenant, Caller caller) {
        return post("/api/tenants", tenant, caller, Tenant.class);
    }

    /** {@code POST /api/users}: a user of the given tenant with the given roles. */
    public UserAccount createUser(NewUser user, Caller caller) {
        return post("/api/users", user, caller, UserAccount.class);
    }

    /** {@code POST /api/tenants/{code}/suspend}. */
    public Tenant suspend(String code, Caller caller) {
        return post("/api/tenants/" + segment(code) + "/suspend", null, caller, Tenant.class);
    }

    /** {@code POST /api/tenants/{code}/reactivate}. */
    public Tenant reactivate(String code, Caller caller) {
        return post("/api/tenants/" + segment(code) + "/reactivate", null, caller, Tenant.class);
    }

    /** {@code POST /api/regional-mutuals}: constitutes a regional mutual and moves cooperatives under it. */
    public Constitution constituteRegional(NewRegionalMutual request, Caller caller) {
        return post("/api/regional-mutuals", request, caller, Constitution.class);
    }

    /** {@code GET /api/admin/migrations}. */
    public MigrationOverview migrations(Caller caller) {
        return get("/api/admin/migrations", Map.of(), caller, MigrationOverview.class);
    }

    /** {@code POST /api/admin/migrations}: starts a run (409 when one is already running). */
    public MigrationOverview startMigration(Caller caller) {
        return post("/api/admin/migrations", null, caller, MigrationOverview.class);
    }

    /** {@code GET /api/plans}: the visible plans (national bases, the caller's own layer). */
    public JsonObject plans(Caller caller) {
        return get("/api/plans", Map.of(), caller, JsonObject.class);
    }

    /** {@code GET /api/plans/{code}/effective?tenant&date}; tenant null = the caller's own. */
    public JsonObject effectivePlan(String planCode, String tenant, LocalDate date, Caller caller) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (tenant != null) {
            parameters.put("tenant", tenant);
        }
        if (date != null) {
            parameters.put("date", date.toString());
        }
        return get("/api/plans/" + segment(planCode) + "/effective", parameters, caller, JsonObject.class);
    }

    /** {@code POST /api/plans/{code}/drafts}: a draft of the caller's layer ({@code effectiveFrom}, {@code changes}). */
    public JsonObject createDraft(String planCode, JsonObject draft, Caller caller) {
        return post("/api/plans/" + segment(planCode) + "/drafts", draft, caller, JsonObject.class);
    }

    /** {@code POST /api/plans/{code}/drafts/{version}/publish}. */
    public JsonObject publishDraft(String planCode, int version, Caller caller) {
        return post("/api/plans/" + segment(planCode) + "/drafts/" + version + "/publish", null, caller, JsonObject.class);
    }

    private <T> T post(String path, Object body, Caller caller, Type type) {
        String json = body == null ? "" : body instanceof JsonObject object ? object.toString() : jsonb.toJson(body);
        HttpRequest request = request(path, Map.of(), caller)
                .header("Content-Type", "application/json")
                .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return send(request, type);
    }

    private <T> T get(String path, Map<String, String> query, Caller caller, Type type) {
        return send(request(path, query, caller).GET().build(), type);
    }

    private HttpRequest.Builder request(String path, Map<String, String> query, Caller caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path, query))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Accept-Language", caller.locale().toLanguageTag());
        caller.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private <T> T send(HttpRequest request, Type type) {
        HttpResponse<String> response = exchange(request);
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

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiException.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unreachable(e);
        }
    }

    /** Reads the API's error body; falls back to a made-up error when the body is not one. */
    ApiError readError(int status, String body) {
        if (body != null && !body.isBlank()) {
            try {
                ApiError error = jsonb.fromJson(body, ApiError.class);
                if (error != null && error.code() != null) {
                    return error.status() == status ? error : new ApiError(status, error.code(), error.message(), error.violations());
                }
            } catch (JsonbException e) {
                // not the API's error format (e.g. a proxy's HTML page): fall through
            }
        }
        return new ApiError(status, "http." + status, abbreviate(body), List.of());
    }

    private URI uri(String path, Map<String, String> query) {
        String queryString = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(baseUri + path + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    private static Map<String, String> pageParameters(PageRequest pageRequest) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("page", Integer.toString(pageRequest.page()));
        parameters.put("size", Integer.toString(pageRequest.size()));
        if (pageRequest.sort() != null) {
            parameters.put("sort", pageRequest.sort().toQueryValue());
        }
        if (pageRequest.query() != null) {
            parameters.put("q", pageRequest.query());
        }
        return parameters;
    }

    private static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty path segment");
        }
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /** {@code Page<T>} as a runtime type, for JSON-B. */
    private record PageOf(Type element) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return Page.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
