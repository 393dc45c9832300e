package it.mutua.admin.api;

import java.util.function.BiFunction;

/**
 * The text to show a user for a failed call: the API's own message (already localized by the API),
 * or a translated client-side text when the API could not be reached or sent no message.
 */
public final class ApiMessages {

    public static final String UNREACHABLE_KEY = "error.api_unreachable";
    public static final String GENERIC_KEY = "error.generic";

    private ApiMessages() {
    }

    /** @param translate Vaadin's {@code getTranslation(key, params...)} */
    public static String describe(ApiException e, BiFunction<String, Object[], String> translate) {
        if (e.isClientSide()) {
            return translate.apply(UNREACHABLE_KEY, new Object[0]);
        }
        String message = e.error().message();
        return message == null || message.isBlank()
                ? translate.apply(GENERIC_KEY, new Object[] {e.status()})
                : message;
    }
}
