package it.mutua.app.plan.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import it.mutua.app.kernel.Jsons;
import it.mutua.app.plan.application.LayerVersionRecord;
import it.mutua.app.plan.application.OverlayJson;
import it.mutua.app.plan.application.PlanService;
import it.mutua.app.plan.domain.EffectiveBenefit;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.ResolvedField;

/**
 * JSON views of plans. Built with JSON-P rather than JSON-B records because a field's value has a different JSON type
 * per path (money string, boolean, integer, cost-share object: the {@link OverlayJson} format).
 */
final class PlanViews {

    private PlanViews() {
    }

    /** One version of the caller's (or the national) layer. */
    static JsonObject version(LayerVersionRecord r, boolean withChanges) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("planCode", r.planCode()).add("version", r.number())
                .add("effectiveFrom", r.effectiveFrom().toString()).add("status", r.status().name())
                .add("createdAt", r.createdAt().toString());
        if (r.publishedAt() != null) {
            b.add("publishedAt", r.publishedAt().toString()).add("publishedBy", r.publishedBy());
        }
        if (withChanges) {
            b.add("changes", OverlayJson.toJson(OverlayJson.read(r.overlayJson())).getJsonArray("changes"));
        }
        return b.build();
    }

    /** Plans by code: the national base's published versions, and the caller's own layer's versions. */
    static JsonObject visible(PlanService.Visible visible) {
        Map<String, JsonObjectBuilder> plans = new LinkedHashMap<>();
        Map<String, JsonArrayBuilder> bases = new LinkedHashMap<>();
        Map<String, JsonArrayBuilder> own = new LinkedHashMap<>();
        for (LayerVersionRecord r : visible.nationalBases()) {
            bases.computeIfAbsent(r.planCode(), c -> Jsons.arrayBuilder()).add(version(r, false));
        }
        for (LayerVersionRecord r : visible.ownLayer()) {
            own.computeIfAbsent(r.planCode(), c -> Jsons.arrayBuilder()).add(version(r, false));
        }
        Map<String, JsonArrayBuilder> inherited = new LinkedHashMap<>();
        visible.inherited().forEach((owner, records) -> {
            Map<String, JsonArrayBuilder> byPlan = new LinkedHashMap<>();
            records.forEach(r -> byPlan.computeIfAbsent(r.planCode(), c -> Jsons.arrayBuilder())
                    .add(version(r, false)));
            byPlan.forEach((code, versions) -> inherited.computeIfAbsent(code, c -> Jsons.arrayBuilder())
                    .add(Jsons.objectBuilder().add("tenant", owner.code()).add("name", owner.name())
                            .add("versions", versions)));
        });
        bases.keySet().forEach(code -> plans.put(code, Jsons.objectBuilder().add("planCode", code)));
        own.keySet().forEach(code -> plans.putIfAbsent(code, Jsons.objectBuilder().add("planCode", code)));
        JsonArrayBuilder list = Jsons.arrayBuilder();
        plans.forEach((code, b) -> list.add(b
                .add("nationalVersions", bases.getOrDefault(code, Jsons.arrayBuilder()))
                .add("inheritedLayers", inherited.getOrDefault(code, Jsons.arrayBuilder()))
                .add("ownLayer", Jsons.objectBuilder().add("tenant", visible.own().code())
                        .add("versions", own.getOrDefault(code, Jsons.arrayBuilder())))));
        return Jsons.objectBuilder().add("plans", list).build();
    }

    /** The effective plan: benefits, contributions, and every field with value, rule, provenance and lock owner. */
    static JsonObject effective(PlanService.Effective effective) {
        EffectivePlan plan = effective.plan();
        JsonArrayBuilder versions = Jsons.arrayBuilder();
        plan.versions().versionIds().forEach(versions::add);
        JsonArrayBuilder benefits = Jsons.arrayBuilder();
        for (EffectiveBenefit benefit : plan.benefits().values()) {
            JsonObjectBuilder values = Jsons.objectBuilder();
            String prefix = "benefits/" + benefit.code() + "/";
            for (ResolvedField f : plan.fields().subMap(prefix, "benefits/" + benefit.code() + "0").values()) {
                values.add(f.path().substring(prefix.length()), OverlayJson.toJson(f.value()));
            }
            benefits.add(Jsons.objectBuilder().add("code", benefit.code()).add("area", benefit.area().name())
                    .add("name", benefit.name()).add("vincolata", benefit.vincolata()).add("fields", values));
        }
        JsonArrayBuilder fields = Jsons.arrayBuilder();
        for (ResolvedField f : plan.fields().values()) {
            JsonObjectBuilder b = Jsons.objectBuilder().add("path", f.path())
                    .add("value", OverlayJson.toJson(f.value())).add("rule", f.rule().name())
                    .add("provenance", Jsons.objectBuilder().add("kind", f.provenance().kind().name())
                            .add("setBy", layer(f.provenance().setBy())).add("addedBy", layer(f.provenance().addedBy()))
                            .add("it", f.provenance().text(Locale.ITALIAN))
                            .add("en", f.provenance().text(Locale.ENGLISH)));
            f.lockedBy().ifPresent(owner -> b.add("lockedBy", layer(owner)));
            fields.add(b);
        }
        JsonObjectBuilder result = Jsons.objectBuilder().add("planCode", plan.planCode()).add("name", plan.name())
                .add("tenant", effective.tenant().code()).add("date", effective.date().toString())
                .add("versions", versions).add("benefits", benefits).add("fields", fields);
        effective.adoption().ifPresent(a -> result.add("adoption", AdoptionViews.adoption(a)));
        return result.build();
    }

    private static JsonObject layer(LayerRef layer) {
        return Jsons.objectBuilder().add("level", layer.level().name()).add("tenant", layer.tenantCode())
                .add("name", layer.displayName()).build();
    }
}
