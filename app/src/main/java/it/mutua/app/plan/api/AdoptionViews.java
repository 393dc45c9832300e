package it.mutua.app.plan.api;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import it.mutua.app.kernel.Jsons;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.application.LayerVersionRecord;
import it.mutua.app.plan.application.OverlayJson;
import it.mutua.app.plan.application.PendingUpdates;
import it.mutua.app.plan.application.PlanInForce;
import it.mutua.app.plan.domain.PendingUpdate;
import it.mutua.app.plan.domain.PlanDiff;
import it.mutua.app.plan.domain.PublishedLayerVersion;
import it.mutua.app.plan.domain.ResolvedField;
import it.mutua.app.problem.Messages;

/** JSON views of adoptions, pending updates (with their field-by-field diff) and inherited layers. */
final class AdoptionViews {

    private AdoptionViews() {
    }

    static JsonObject adoption(PlanInForce a) {
        JsonArrayBuilder versions = Jsons.arrayBuilder();
        a.versions().forEach(v -> versions.add(Jsons.objectBuilder().add("level", v.level().name())
                .add("tenant", v.tenantCode()).add("version", v.number())));
        JsonObjectBuilder b = Jsons.objectBuilder().add("tenant", a.cooperativeCode())
                .add("planCode", a.planCode()).add("adoption", a.adoptionNumber())
                .add("effectiveFrom", a.adoptedFrom().toString())
                .add("options", Jsons.objectBuilder()
                        .add("familyExtensionOffered", a.options().familyExtensionOffered()))
                .add("versions", versions);
        a.adoptedUntil().ifPresent(to -> b.add("effectiveTo", to.toString()));
        return b.build();
    }

    static JsonObject adoptions(List<PlanInForce> history) {
        JsonArrayBuilder list = Jsons.arrayBuilder();
        history.forEach(a -> list.add(adoption(a)));
        return Jsons.objectBuilder().add("adoptions", list).build();
    }

    static JsonObject pending(PendingUpdates.Pending p, Locale locale) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("planCode", p.planCode())
                .add("tenant", p.tenant().code()).add("kind", p.tenant().kind().name())
                .add("pending", p.update().isPresent())
                .add("current", versions(p.current()));
        p.adopted().ifPresent(a -> b.add("adopted", adoption(a)));
        p.update().ifPresent(u -> update(b, u, locale));
        return b.build();
    }

    private static void update(JsonObjectBuilder b, PendingUpdate u, Locale locale) {
        b.add("available", versions(u.to())).add("availableFrom", u.availableFrom().toString());
        u.diff().ifPresent(diff -> b.add("changes", changes(diff, locale)));
        u.conflict().ifPresent(c -> b.add("conflict", conflict(c, locale)));
    }

    private static JsonArrayBuilder changes(PlanDiff diff, Locale locale) {
        JsonArrayBuilder changes = Jsons.arrayBuilder();
        for (PlanDiff.Entry e : diff.entries()) {
            JsonObjectBuilder c = Jsons.objectBuilder().add("path", e.path()).add("kind", e.kind().name());
            e.before().ifPresent(f -> c.add("before", side(f, locale)));
            e.after().ifPresent(f -> c.add("after", side(f, locale)));
            changes.add(c);
        }
        return changes;
    }

    private static JsonObject side(ResolvedField f, Locale locale) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("value", OverlayJson.toJson(f.value()))
                .add("provenance", f.provenance().text(locale));
        f.lockedBy().ifPresent(owner -> b.add("lockedBy", owner.tenantCode()));
        return b.build();
    }

    private static JsonObject conflict(RuleViolation c, Locale locale) {
        return Jsons.objectBuilder().add("code", c.code()).add("message", Messages.text(locale, c.code(), c.args()))
                .build();
    }

    private static JsonArrayBuilder versions(List<PublishedLayerVersion> versions) {
        JsonArrayBuilder list = Jsons.arrayBuilder();
        versions.forEach(v -> list.add(Jsons.objectBuilder().add("id", v.id())
                .add("level", v.layer().level().name()).add("tenant", v.layer().tenantCode())
                .add("version", v.number()).add("effectiveFrom", v.effectiveFrom().toString())));
        return list;
    }

    /** The published versions of one owner's layer, with their changes. */
    static JsonObject layer(String planCode, String owner, List<LayerVersionRecord> versions) {
        JsonArrayBuilder list = Jsons.arrayBuilder();
        versions.forEach(v -> list.add(PlanViews.version(v, true)));
        return Jsons.objectBuilder().add("planCode", planCode).add("tenant", owner).add("versions", list).build();
    }

}
