package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A published, immutable version of one layer, in force from {@code effectiveFrom} until the layer's next version.
 * Its id is what caches and adoptions refer to; since nothing in it can change, an id always means the same content.
 */
public record PublishedLayerVersion(String id, LayerRef layer, String planCode, int number, LocalDate effectiveFrom,
                                    Overlay overlay) {

    public PublishedLayerVersion {
        if (id == null || id.isBlank()) {
            throw RuleViolation.invalid("id", "plan.version.idEmpty");
        }
        Objects.requireNonNull(layer, "layer");
        if (planCode == null || planCode.isBlank()) {
            throw RuleViolation.invalid("planCode", "plan.code.empty");
        }
        if (number < 1) {
            throw RuleViolation.invalid("number", "plan.version.numberInvalid", number);
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(overlay, "overlay");
    }

    /** Editing a published version means starting a new draft from its content. */
    public LayerDraft toDraft() {
        return new LayerDraft(layer, planCode, overlay);
    }
}
