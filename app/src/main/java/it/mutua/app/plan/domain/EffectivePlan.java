package it.mutua.app.plan.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The plan a member is covered by once every layer is applied: immutable, identified by the {@link VersionSet} it
 * was resolved from, and carrying for every value its {@link Provenance} and lock. Built only by
 * {@link PlanResolver}, which also validates it, so holding one is proof it is coherent.
 */
public final class EffectivePlan {

    private final VersionSet versions;
    private final SortedMap<String, ResolvedField> fields;
    private final SortedMap<String, LayerRef> locks;
    private final Map<String, EffectiveBenefit> benefits;
    private final Contributions contributions;

    /** Takes ownership of both maps: only {@link PlanResolver} calls this, with maps it built and never touches again. */
    EffectivePlan(VersionSet versions, TreeMap<String, ResolvedField> fields, TreeMap<String, LayerRef> locks) {
        this.versions = versions;
        this.fields = Collections.unmodifiableSortedMap(fields);
        this.locks = Collections.unmodifiableSortedMap(locks);
        this.benefits = Collections.unmodifiableMap(buildBenefits(this.fields));
        this.contributions = buildContributions(this.fields);
    }

    public VersionSet versions() {
        return versions;
    }

    public String planCode() {
        return versions.planCode();
    }

    /** The plan's name; {@link PlanValidator} guarantees it is there. */
    public String name() {
        return (String) fields.get(PlanPaths.NAME).value();
    }

    public Contributions contributions() {
        return contributions;
    }

    /** Whether the cooperative offers the family extension; absent means not offered (enrolment is opt-in). */
    public boolean familyExtensionOffered() {
        return value(PlanPaths.FAMILY_EXTENSION).map(Boolean.TRUE::equals).orElse(false);
    }

    /** Benefits by code, in code order. */
    public Map<String, EffectiveBenefit> benefits() {
        return benefits;
    }

    public Optional<EffectiveBenefit> benefit(String code) {
        return Optional.ofNullable(benefits.get(code));
    }

    /** Codes of the benefits counted for the DM 27/10/2009 share (dental, long-term care, rehabilitation). */
    public List<String> vincolate() {
        return benefits.values().stream().filter(EffectiveBenefit::vincolata).map(EffectiveBenefit::code).toList();
    }

    /** Every value, by path, in path order: what the UI lists with provenance and what {@link PlanDiff} compares. */
    public SortedMap<String, ResolvedField> fields() {
        return fields;
    }

    public Optional<ResolvedField> field(String path) {
        return Optional.ofNullable(fields.get(path));
    }

    public Optional<Object> value(String path) {
        return field(path).map(ResolvedField::value);
    }

    public Optional<Provenance> provenance(String path) {
        return field(path).map(ResolvedField::provenance);
    }

    /** Locks in force, by locked path, with the layer that set each. */
    public SortedMap<String, LayerRef> locks() {
        return locks;
    }

    /** The layer whose lock covers {@code path} (the path itself or a subtree containing it), if any. */
    public Optional<LayerRef> lockOwner(String path) {
        return Optional.ofNullable(lockCovering(locks, path)).map(locks::get);
    }

    /** LOCKED if a lock covers the path, else ADDITIVE for collections and OVERRIDE for values. */
    public FieldRule rule(String path) {
        return lockOwner(path).isPresent() ? FieldRule.LOCKED : PlanPaths.naturalRule(path);
    }

    /** The locked path covering {@code path} (itself or its nearest locked ancestor), or null. */
    static String lockCovering(Map<String, LayerRef> locks, String path) {
        if (locks.isEmpty()) {
            return null;
        }
        String covering = null;
        for (int i = path.indexOf('/'); i >= 0 && covering == null; i = path.indexOf('/', i + 1)) {
            String prefix = path.substring(0, i);
            if (locks.containsKey(prefix)) {
                covering = prefix;
            }
        }
        return covering != null ? covering : locks.containsKey(path) ? path : null;
    }

    private static Map<String, EffectiveBenefit> buildBenefits(SortedMap<String, ResolvedField> fields) {
        var byCode = new LinkedHashMap<String, Map<String, Object>>();
        for (ResolvedField field : fields.subMap("benefits/", "benefits0").values()) {
            String code = PlanPaths.benefitCodeOf(field.path());
            String relative = field.path().substring("benefits/".length() + code.length() + 1);
            byCode.computeIfAbsent(code, c -> new HashMap<>()).put(relative, field.value());
        }
        var benefits = new LinkedHashMap<String, EffectiveBenefit>();
        byCode.forEach((code, values) -> benefits.put(code, EffectiveBenefit.from(code, values)));
        return benefits;
    }

    private static Contributions buildContributions(SortedMap<String, ResolvedField> fields) {
        var family = new ArrayList<Contributions.FamilyContribution>();
        String prefix = "contributions/family/";
        for (ResolvedField field : fields.subMap(prefix, "contributions/family0").values()) {
            String[] parts = field.path().substring(prefix.length()).split("/");
            family.add(new Contributions.FamilyContribution(FamilyRole.valueOf(parts[0]),
                    AgeBand.parse(parts[1], field.path()), (Money) field.value()));
        }
        var worker = Optional.ofNullable(fields.get(PlanPaths.WORKER_CONTRIBUTION)).map(f -> (Money) f.value());
        return new Contributions(worker, family);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EffectivePlan plan && versions.equals(plan.versions) && fields.equals(plan.fields)
                && locks.equals(plan.locks);
    }

    @Override
    public int hashCode() {
        return versions.hashCode() * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return "EffectivePlan[" + versions + ", " + fields.size() + " fields]";
    }
}
