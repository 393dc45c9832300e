package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Before a layer publishes a version, every combination of layers it takes part in must still resolve: the layers
 * above it (its own problem: the usual 409/400) and the intermediate layers below or beside it — federation
 * tailorings and regional projects, which follow upstream automatically. A new upstream lock on a field such a layer
 * already changes would break it silently, so the publication is refused naming that layer
 * ({@code plan.publish.lockOverridden}); any other way of making it invalid is {@code plan.publish.breaksDescendant}.
 *
 * <p>Each combination is checked on the candidate's effective date and on every later date on which another layer
 * of the combination changes version. Cooperatives' adoptions are pinned and not checked here: they see the new
 * version as an update pending, with the conflict if there is one.
 */
public final class DescendantCheck {

    private DescendantCheck() {
    }

    /**
     * @param candidate    the version about to be published
     * @param combinations layer histories in level order, each containing the candidate's layer (without it)
     */
    public static void verify(PlanResolver resolver, PublishedLayerVersion candidate,
                              List<List<LayerVersionHistory>> combinations) {
        // Combinations share prefixes (national alone, national + a federation…): each prefix is resolved once.
        var resolved = new HashSet<List<String>>();
        for (List<LayerVersionHistory> combination : combinations) {
            var withCandidate = combination.stream()
                    .map(h -> h.layer().equals(candidate.layer()) ? h.with(candidate) : h).toList();
            var timeline = new EffectivePlanTimeline(candidate.planCode(), withCandidate);
            for (LocalDate date : datesToCheck(candidate, withCandidate)) {
                timeline.versionsOn(date).ifPresent(versions -> verifyOn(resolver, candidate, versions, resolved));
            }
        }
    }

    private static TreeSet<LocalDate> datesToCheck(PublishedLayerVersion candidate, List<LayerVersionHistory> layers) {
        var dates = new TreeSet<LocalDate>();
        dates.add(candidate.effectiveFrom());
        for (LayerVersionHistory history : layers) {
            for (PublishedLayerVersion version : history.versions()) {
                if (version.effectiveFrom().isAfter(candidate.effectiveFrom())) {
                    dates.add(version.effectiveFrom());
                }
            }
        }
        return dates;
    }

    private static void verifyOn(PlanResolver resolver, PublishedLayerVersion candidate,
                                 List<PublishedLayerVersion> versions, Set<List<String>> resolved) {
        int own = versions.indexOf(candidate);
        if (own < 0) {
            return;
        }
        // The candidate against the layers above it: a failure is the candidate's own, reported as it is.
        resolveOnce(resolver, versions.subList(0, own + 1), resolved);
        for (int i = own + 1; i < versions.size(); i++) {
            try {
                resolveOnce(resolver, versions.subList(0, i + 1), resolved);
            } catch (RuleViolation broken) {
                throw describe(broken, versions.get(i).layer());
            }
        }
    }

    private static void resolveOnce(PlanResolver resolver, List<PublishedLayerVersion> prefix,
                                    Set<List<String>> resolved) {
        List<String> ids = prefix.stream().map(PublishedLayerVersion::id).toList();
        if (!resolved.contains(ids)) {
            resolver.resolve(new ArrayList<>(prefix));
            resolved.add(ids);
        }
    }

    private static RuleViolation describe(RuleViolation broken, LayerRef descendant) {
        if (broken.code().equals("plan.field.locked")) {
            Object[] args = broken.args();
            return RuleViolation.conflict("plan.publish.lockOverridden", args[0], descendant.displayName());
        }
        String where = broken.field() == null ? broken.code() : broken.field();
        return RuleViolation.conflict("plan.publish.breaksDescendant", descendant.displayName(), where);
    }
}
