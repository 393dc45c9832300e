package it.mutua.app.kernel;

import java.util.Locale;
import java.util.Objects;

/**
 * A value supplied from outside (a form, an import file, an API call) does not satisfy the rules of a kernel type.
 *
 * <p>Why an exception rather than a result object: the factories are called from constructors and mappers where
 * invalid input should stop the flow; a single exception mapper in the REST layer can then turn every such failure
 * into a 400 with {@link #code()} (stable, for clients and tests), {@link #field()} (to highlight the input) and a
 * human message in the caller's language.
 *
 * <p>The rejected value is deliberately not stored: codici fiscali and IBANs are personal data and exception messages
 * are logged.
 */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;
    private final String messageIt;
    private final String messageEn;

    /**
     * @param code      stable dotted identifier such as {@code fiscal_code.check_char}; never localised, never changed
     * @param field     logical name of the input, such as {@code fiscal_code}
     * @param messageIt message for an Italian-speaking person
     * @param messageEn the same message in English
     */
    public InvalidValueException(String code, String field, String messageIt, String messageEn) {
        super(Objects.requireNonNull(code, "code") + " [" + Objects.requireNonNull(field, "field") + "]: "
                + Objects.requireNonNull(messageEn, "messageEn"));
        this.code = code;
        this.field = field;
        this.messageIt = Objects.requireNonNull(messageIt, "messageIt");
        this.messageEn = messageEn;
    }

    /** Stable, machine-readable error code, e.g. {@code vat_number.check_digit}. */
    public String code() {
        return code;
    }

    /** Logical name of the rejected input, e.g. {@code iban}. */
    public String field() {
        return field;
    }

    /** Message in Italian. */
    public String messageIt() {
        return messageIt;
    }

    /** Message in English. */
    public String messageEn() {
        return messageEn;
    }

    /**
     * The message in the language closest to {@code locale}: Italian for any Italian locale, English otherwise
     * (English is the lingua franca fallback for the few non-Italian members, e.g. cross-border workers).
     */
    public String message(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? messageIt : messageEn;
    }
}
