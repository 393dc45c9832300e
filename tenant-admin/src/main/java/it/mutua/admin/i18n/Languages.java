package it.mutua.admin.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;

/**
 * The UI's languages. Italian is the default whatever the browser asks for; the user's choice is
 * kept in the {@link VaadinSession}, so it survives navigation, login and logout.
 */
public final class Languages {

    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ITALIAN, ENGLISH);
    public static final Locale DEFAULT = ITALIAN;

    private static final String SESSION_KEY = Languages.class.getName() + ".chosen";

    private Languages() {
    }

    /** The supported language closest to {@code locale}, or the default. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }

    /** The language chosen in this session, or the default. */
    public static Locale of(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : DEFAULT;
    }

    /**
     * Switches the session and the UI to {@code locale}, then rebuilds the current view and its layout, so every label
     * (also those set once when a view is built) comes in the new language; what the user typed in a form is lost.
     */
    public static void choose(UI ui, Locale locale) {
        Locale supported = supported(locale);
        ui.getSession().setAttribute(SESSION_KEY, supported);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        markPage(ui);
        ui.refreshCurrentRoute(true);
    }

    /** Sets {@code <html lang>} to the UI's language (screen readers, hyphenation, spell check). */
    public static void markPage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }
}
