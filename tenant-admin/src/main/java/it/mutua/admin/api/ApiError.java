package it.mutua.admin.api;

import java.util.List;

/**
 * The API's error body: {@code {"status":N,"code":"...","message":"...","violations":[...]}}.
 * {@code message} is already localized by the API according to {@code Accept-Language}.
 */
public record ApiError(int status, String code, String message, List<Violation> violations) {

    public ApiError {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** One failed constraint of the request, for a field of the submitted form. */
    public record Violation(String field, String message) {
    }
}
