package it.mutua.it.support;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Plain HTTP against the running IT server. */
public final class Http {

    public static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    /**
     * HTTP/1.1 only. By default the JDK client upgrades to h2c and multiplexes concurrent requests on one connection;
     * under heavy load Liberty 26.0.0.3 was seen leaving HTTP/2 streams stuck in writeSync, after which every request
     * on that connection timed out (SearchPathLeakIT and every later test). One connection per request stream avoids it.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** A response: status, body, and the body as JSON when it is JSON. */
    public record Response(int status, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public String code() {
            return json().getString("code", null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    public static Response send(String method, String path, String token, String json) {
        return send(method, path, token, json, "it");
    }

    public static Response send(String method, String path, String token, String json, String language) {
        return send(method, path, token, json, language, "application/json");
    }

    /** A request accepting {@code accept} (e.g. text/csv) instead of JSON. */
    public static Response send(String method, String path, String token, String json, String language, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** The server reports started before the applications finish starting: wait until readiness says UP. */
    public static synchronized void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send("GET", "/health/ready", null, null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // the HTTP port is not open yet
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the IT server did not become ready within 3 minutes");
    }

    public static Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public static Response post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public static Response patch(String path, String token, String json) {
        return send("PATCH", path, token, json);
    }

    /** A binary response (a PDF): status, content type and bytes. */
    public record Binary(int status, String contentType, byte[] body) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** GET with {@code accept} as the Accept header, keeping the body as bytes. */
    public static Binary download(String path, String token, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Accept-Language", "it").GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}
