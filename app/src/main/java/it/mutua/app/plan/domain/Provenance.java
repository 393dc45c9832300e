package it.mutua.app.plan.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Which layer a resolved value comes from, in the words the UI shows: "national" (set by the base layer and never
 * changed), "added by Lombardy" (first appeared in a lower layer), "changed by housing federation" (inherited, then
 * overridden).
 *
 * @param kind    how the value came to be
 * @param addedBy the layer where the path first appeared
 * @param setBy   the layer whose value is in force
 */
public record Provenance(Kind kind, LayerRef addedBy, LayerRef setBy) {

    public enum Kind { BASE, ADDED, CHANGED }

    public Provenance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(setBy, "setBy");
    }

    static Provenance of(LayerRef addedBy, LayerRef setBy, LayerRef base) {
        if (!addedBy.equals(setBy)) {
            return new Provenance(Kind.CHANGED, addedBy, setBy);
        }
        return new Provenance(addedBy.equals(base) ? Kind.BASE : Kind.ADDED, addedBy, setBy);
    }

    /** English text, e.g. "changed by housing federation". */
    public String text() {
        return text(Locale.ENGLISH);
    }

    public String text(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        return switch (kind) {
            case BASE -> setBy.displayName();
            case ADDED -> (italian ? "aggiunto da " : "added by ") + setBy.displayName();
            case CHANGED -> (italian ? "modificato da " : "changed by ") + setBy.displayName();
        };
    }
}
