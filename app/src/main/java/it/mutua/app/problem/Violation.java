package it.mutua.app.problem;

/** One field-level problem in a request body. */
public record Violation(String field, String message) {
}
