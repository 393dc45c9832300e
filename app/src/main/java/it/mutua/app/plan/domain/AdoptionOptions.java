package it.mutua.app.plan.domain;

/**
 * What a cooperative chooses when it adopts a plan. Its only choice today is whether it offers the family extension
 * to its workers; it becomes the cooperative's layer of the plan ({@link #toOverlay}), so an upper layer's lock on
 * the option is enforced by the resolver like any other lock.
 */
public record AdoptionOptions(boolean familyExtensionOffered) {

    public Overlay toOverlay() {
        return Overlay.builder().familyExtension(familyExtensionOffered).build();
    }
}
