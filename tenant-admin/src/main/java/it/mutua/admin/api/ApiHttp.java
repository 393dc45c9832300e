package it.mutua.admin.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.lang.reflect.Type;
import java.util.Map;

/**
 * The calls the cooperative and member clients ({@link MembersApi}, {@link PayrollApi}, {@link MyClaimsApi}) make,
 * in their own terms: JSON in and out, raw bytes for uploads and PDFs. The HTTP itself (token and language on every
 * call, non-2xx answers as an {@link ApiException} with the API's error) is {@link RestCalls}, shared with the office
 * clients, so the two sides of the UI cannot drift apart in how they talk to the API.
 */
@Singleton
public class ApiHttp {

    private final RestCalls rest;

    @Inject
    public ApiHttp(RestCalls rest) {
        this.rest = rest;
    }

    /** {@code List<T>} or {@code Page<T>} as a runtime type, for JSON-B. */
    public static Type listOf(Type element) {
        return RestCalls.listOf(element);
    }

    public static Type pageOf(Type element) {
        return RestCalls.pageOf(element);
    }

    public <T> T get(String path, Map<String, String> query, Caller caller, Type type) {
        return rest.get(path, query, caller, type);
    }

    public <T> T post(String path, Object body, Caller caller, Type type) {
        return rest.post(path, Map.of(), body, caller, type);
    }

    public <T> T put(String path, Object body, Caller caller, Type type) {
        return rest.put(path, body, caller, type);
    }

    /** POSTs raw bytes (a CSV file, a PDF) with the given content type. */
    public <T> T postBytes(String path, Map<String, String> query, String contentType, byte[] bytes, Caller caller,
                           Type type) {
        return rest.postBytes(path, query, contentType, bytes, caller, type);
    }

    /** GETs a binary document (a PDF) as bytes. */
    public byte[] bytes(String path, Map<String, String> query, Caller caller, String accept) {
        return rest.download(path, query, caller, accept).bytes();
    }

    /** A path segment, percent-encoded. */
    public static String segment(String value) {
        return RestCalls.segment(value);
    }
}
