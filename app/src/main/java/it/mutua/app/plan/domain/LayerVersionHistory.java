package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All published versions of one layer, ordered by effective date. Two versions with the same effective date are
 * refused: "which version applied on D" must have exactly one answer.
 */
public record LayerVersionHistory(LayerRef layer, List<PublishedLayerVersion> versions) {

    public LayerVersionHistory {
        var sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PublishedLayerVersion::effectiveFrom));
        for (int i = 0; i < sorted.size(); i++) {
            PublishedLayerVersion version = sorted.get(i);
            if (!version.layer().equals(layer)) {
                throw RuleViolation.invalid("versions[" + i + "].layer", "plan.version.otherLayer", version.id());
            }
            if (i > 0 && sorted.get(i - 1).effectiveFrom().equals(version.effectiveFrom())) {
                throw RuleViolation.invalid("versions[" + i + "].effectiveFrom", "plan.version.effectiveDateOverlap",
                        version.effectiveFrom(), sorted.get(i - 1).id(), version.id());
            }
        }
        versions = List.copyOf(sorted);
    }

    public static LayerVersionHistory of(PublishedLayerVersion first, PublishedLayerVersion... more) {
        var all = new ArrayList<PublishedLayerVersion>();
        all.add(first);
        all.addAll(List.of(more));
        return new LayerVersionHistory(first.layer(), all);
    }

    /** The latest version effective on or before {@code date}; empty before the first one. */
    public Optional<PublishedLayerVersion> versionOn(LocalDate date) {
        PublishedLayerVersion found = null;
        for (PublishedLayerVersion version : versions) {
            if (version.effectiveFrom().isAfter(date)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    public Optional<PublishedLayerVersion> byId(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** A new history with one more version (same checks). */
    public LayerVersionHistory with(PublishedLayerVersion version) {
        var all = new ArrayList<>(versions);
        all.add(version);
        return new LayerVersionHistory(layer, all);
    }
}
