package it.mutua.app.problem;

/** One field-level problem in a request body. */
public record Violation(String field, String message) {

    /** The kernel names fields in snake_case ({@code vat_number}); the API's JSON uses camelCase ({@code vatNumber}). */
    public static String jsonName(String field) {
        if (field == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
