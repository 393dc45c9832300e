package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies layer versions, national first, into an {@link EffectivePlan}. Pure and stateless: same versions in, equal
 * plan out, which is what makes {@link EffectivePlanCache} safe.
 *
 * <p>Per change: a set of a new path adds it (provenance "added by"), of an existing path overrides it ("changed
 * by"); a lock covering the path and owned by another (upper) layer refuses the change with the conflict
 * {@code plan.field.locked} (args: locked path, owner's display name, attempted path).
 */
public final class PlanResolver {

    /** A value while layers are being applied: the only mutable thing here, never leaves {@link #apply}. */
    private static final class Slot {
        final LayerRef addedBy;
        LayerRef setBy;
        Object value;

        Slot(LayerRef addedBy, Object value) {
            this.addedBy = addedBy;
            this.setBy = addedBy;
            this.value = value;
        }
    }

    /** Resolves published versions given in layer order (NATIONAL first, each level at most once). */
    public EffectivePlan resolve(List<PublishedLayerVersion> versions) {
        return apply(VersionSet.of(checkOrder(versions)), versions);
    }

    /**
     * The plan {@code draft} would give on top of {@code published}: how a layer's author sees, before publishing,
     * whether the draft is valid and respects upper locks. The draft takes the pseudo version id "draft".
     */
    public EffectivePlan preview(List<PublishedLayerVersion> published, LayerDraft draft) {
        var all = new ArrayList<>(published);
        all.add(draft.publish("draft", 1, java.time.LocalDate.MIN));
        return resolve(all);
    }

    private static List<PublishedLayerVersion> checkOrder(List<PublishedLayerVersion> versions) {
        if (versions.isEmpty() || versions.getFirst().layer().level() != LayerLevel.NATIONAL) {
            throw RuleViolation.invalid("layers", "plan.layers.nationalFirst");
        }
        String planCode = versions.getFirst().planCode();
        for (int i = 1; i < versions.size(); i++) {
            PublishedLayerVersion version = versions.get(i);
            if (version.layer().level().compareTo(versions.get(i - 1).layer().level()) <= 0) {
                throw RuleViolation.invalid("layers[" + i + "]", "plan.layers.order", version.layer().level());
            }
            if (!version.planCode().equals(planCode)) {
                throw RuleViolation.invalid("layers[" + i + "]", "plan.layers.otherPlan", version.planCode(), planCode);
            }
        }
        return versions;
    }

    private static EffectivePlan apply(VersionSet id, List<PublishedLayerVersion> versions) {
        var slots = new TreeMap<String, Slot>();
        var locks = new TreeMap<String, LayerRef>();
        for (PublishedLayerVersion version : versions) {
            LayerRef layer = version.layer();
            for (FieldChange change : version.overlay().changes()) {
                checkNotLocked(locks, change, layer);
                switch (change) {
                    case FieldChange.AddBenefit add -> addBenefit(slots, add, layer);
                    case FieldChange.Set set -> set(slots, set, layer);
                    case FieldChange.Remove remove -> {
                        slots.remove(remove.path());
                        slots.subMap(remove.path() + "/", remove.path() + "0").clear();
                    }
                    case FieldChange.Lock lock -> locks.putIfAbsent(lock.path(), layer);
                }
            }
        }
        LayerRef base = versions.getFirst().layer();
        var fields = new TreeMap<String, ResolvedField>();
        slots.forEach((path, slot) -> {
            String lockedPath = EffectivePlan.lockCovering(locks, path);
            fields.put(path, new ResolvedField(path, slot.value, Provenance.of(slot.addedBy, slot.setBy, base),
                    java.util.Optional.ofNullable(lockedPath == null ? null : locks.get(lockedPath))));
        });
        var plan = new EffectivePlan(id, fields, locks);
        PlanValidator.validate(plan);
        return plan;
    }

    private static void addBenefit(TreeMap<String, Slot> slots, FieldChange.AddBenefit add, LayerRef layer) {
        if (slots.containsKey(PlanPaths.benefitArea(add.code()))) {
            throw RuleViolation.invalid(add.path(), "plan.benefit.duplicate", add.code());
        }
        slots.put(PlanPaths.benefitArea(add.code()), new Slot(layer, add.area()));
        slots.put(PlanPaths.benefitName(add.code()), new Slot(layer, add.name()));
    }

    private static void set(TreeMap<String, Slot> slots, FieldChange.Set set, LayerRef layer) {
        String code = PlanPaths.benefitCodeOf(set.path());
        if (code != null && !slots.containsKey(PlanPaths.benefitArea(code))) {
            throw RuleViolation.invalid(set.path(), "plan.benefit.unknown", code);
        }
        Slot slot = slots.get(set.path());
        if (slot == null) {
            slots.put(set.path(), new Slot(layer, set.value()));
        } else if (!slot.value.equals(set.value())) {
            // Re-stating the inherited value is not a change: the UI must not say "changed by" for an equal value.
            slot.value = set.value();
            slot.setBy = layer;
        }
    }

    private static void checkNotLocked(Map<String, LayerRef> locks, FieldChange change, LayerRef layer) {
        if (locks.isEmpty()) {
            return;
        }
        String path = change.path();
        String locked = EffectivePlan.lockCovering(locks, path);
        if (locked != null && !locks.get(locked).equals(layer)) {
            throw lockedConflict(locked, locks.get(locked), path);
        }
        if (change instanceof FieldChange.Remove) {
            // Removing a subtree also removes any locked field inside it.
            var inside = ((TreeMap<String, LayerRef>) locks).subMap(path + "/", path + "0");
            for (var entry : inside.entrySet()) {
                if (!entry.getValue().equals(layer)) {
                    throw lockedConflict(entry.getKey(), entry.getValue(), path);
                }
            }
        }
    }

    private static RuleViolation lockedConflict(String lockedPath, LayerRef owner, String attemptedPath) {
        return RuleViolation.conflict("plan.field.locked", lockedPath, owner.displayName(), attemptedPath);
    }
}
