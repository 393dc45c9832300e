package it.mutua.app.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves message codes to text. Italian is the default: the people who use Mutua work in Italian; English is
 * chosen when the request prefers it.
 */
public final class Messages {

    public static final Locale ITALIAN = Locale.ITALIAN;
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String code, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(code);
            // always through MessageFormat, so the doubled apostrophes of the bundles read the same with or without arguments
            return new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /** Picks Italian or English from an Accept-Language list; anything else falls back to Italian. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("it".equals(l.getLanguage())) {
                return ITALIAN;
            }
        }
        return ITALIAN;
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : ITALIAN;
    }
}
