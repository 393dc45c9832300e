package it.mutua.admin.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Serves {@code i18n/messages_it.properties} and {@code i18n/messages_en.properties} (UTF-8) to
 * Vaadin's {@code getTranslation(...)}. vaadin-cdi only picks an {@link I18NProvider} bean that
 * carries the {@link VaadinServiceEnabled} qualifier (without it Vaadin shows {@code !{key}!}).
 * A missing key shows as {@code !key!} instead of failing the page.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class MessagesI18NProvider implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";
    private static final String MISSING_MARK = "!";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = bundle(Languages.supported(locale));
        if (!bundle.containsKey(key)) {
            return MISSING_MARK + key + MISSING_MARK;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** True if {@code translation} is what {@link #getTranslation} returns for a missing key. */
    public static boolean isMissing(String translation) {
        return translation.length() > 1 && translation.startsWith(MISSING_MARK) && translation.endsWith(MISSING_MARK);
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, MessagesI18NProvider.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Languages.DEFAULT, MessagesI18NProvider.class.getClassLoader(), NO_FALLBACK);
        }
    }
}
