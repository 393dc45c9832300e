package it.mutua.app.plan.domain;

import java.util.List;

/**
 * The identity of an effective plan: the plan code and the ids of the layer versions it was resolved from, in layer
 * order. Published versions never change, so equal version sets always resolve to equal plans — hence the cache key,
 * and what a cooperative stores when it adopts a plan.
 */
public record VersionSet(String planCode, List<String> versionIds) {

    public VersionSet {
        versionIds = List.copyOf(versionIds);
    }

    public static VersionSet of(List<PublishedLayerVersion> versions) {
        return new VersionSet(versions.getFirst().planCode(),
                versions.stream().map(PublishedLayerVersion::id).toList());
    }
}
