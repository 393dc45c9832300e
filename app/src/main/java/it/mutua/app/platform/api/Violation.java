package it.mutua.app.platform.api;

/** One field-level problem in a request body. */
public record Violation(String field, String message) {
}
