package it.mutua.app.plan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A layer being edited. Immutable like everything else here: an edit yields a new draft, and publishing copies the
 * overlay into a {@link PublishedLayerVersion} that can never change (claims are judged on it).
 */
public record LayerDraft(LayerRef layer, String planCode, Overlay overlay) {

    public LayerDraft {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(overlay, "overlay");
    }

    public LayerDraft with(FieldChange... changes) {
        return new LayerDraft(layer, planCode, overlay.with(changes));
    }

    public PublishedLayerVersion publish(String versionId, int number, LocalDate effectiveFrom) {
        return new PublishedLayerVersion(versionId, layer, planCode, number, effectiveFrom, overlay);
    }
}
