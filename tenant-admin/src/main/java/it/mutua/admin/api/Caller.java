package it.mutua.admin.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who calls the API and in which language: the bearer token (absent before login) and the locale
 * sent as {@code Accept-Language}, so that API messages come back in the user's language.
 */
public record Caller(String accessToken, Locale locale) {

    public Caller {
        Objects.requireNonNull(locale, "locale");
    }

    public static Caller anonymous(Locale locale) {
        return new Caller(null, locale);
    }

    public static Caller bearer(String accessToken, Locale locale) {
        return new Caller(Objects.requireNonNull(accessToken, "accessToken"), locale);
    }

    public Optional<String> token() {
        return Optional.ofNullable(accessToken);
    }

    @Override
    public String toString() {
        return "Caller[" + (accessToken == null ? "anonymous" : "bearer ***") + ", " + locale + "]";
    }
}
