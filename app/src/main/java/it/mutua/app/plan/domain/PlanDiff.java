package it.mutua.app.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Field-by-field difference between two effective plans, as shown under "update pending": what was added, removed or
 * changed, with old and new values and where each came from. Only values count: a value re-stated by another layer
 * but equal is not a change a member or a cooperative needs to know about.
 */
public record PlanDiff(List<Entry> entries) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One path's change; {@code before}/{@code after} are empty for ADDED/REMOVED respectively. */
    public record Entry(String path, Kind kind, Optional<ResolvedField> before, Optional<ResolvedField> after) {

        public Optional<Object> oldValue() {
            return before.map(ResolvedField::value);
        }

        public Optional<Object> newValue() {
            return after.map(ResolvedField::value);
        }
    }

    public PlanDiff {
        entries = List.copyOf(entries);
    }

    public static PlanDiff between(EffectivePlan before, EffectivePlan after) {
        var paths = new TreeSet<>(before.fields().keySet());
        paths.addAll(after.fields().keySet());
        var entries = new ArrayList<Entry>();
        for (String path : paths) {
            var old = before.field(path);
            var now = after.field(path);
            if (old.isEmpty()) {
                entries.add(new Entry(path, Kind.ADDED, old, now));
            } else if (now.isEmpty()) {
                entries.add(new Entry(path, Kind.REMOVED, old, now));
            } else if (!old.get().value().equals(now.get().value())) {
                entries.add(new Entry(path, Kind.CHANGED, old, now));
            }
        }
        return new PlanDiff(entries);
    }

    /** A plan seen for the first time (a cooperative that has not adopted it yet): every field is ADDED. */
    public static PlanDiff introducing(EffectivePlan after) {
        var entries = new ArrayList<Entry>();
        after.fields().forEach((path, field) ->
                entries.add(new Entry(path, Kind.ADDED, Optional.empty(), Optional.of(field))));
        return new PlanDiff(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<Entry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
