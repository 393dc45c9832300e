package it.mutua.admin.plan;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective plan as {@code GET /api/plans/{code}/effective} sends it, read into records the views use. Values
 * keep their JSON form (money is a decimal string, a cost share an object): {@link ValueText} turns them into words.
 */
public record PlanModel(String planCode, String name, String tenant, String date, List<String> versions,
                        Map<String, String> benefitNames, List<Field> fields) {

    /** A layer of the chain: its level (NATIONAL, FEDERATION, REGIONAL, COOPERATIVE), tenant code and name. */
    public record Layer(String level, String tenant, String name) {
        static Layer of(JsonObject json) {
            return json == null ? null : new Layer(json.getString("level", ""), json.getString("tenant", ""),
                    json.getString("name", ""));
        }
    }

    /**
     * One resolved field: path, value, merge rule, how it came to be (BASE, ADDED, CHANGED) and by which layer, and
     * the layer that locked it (null when not locked).
     */
    public record Field(String path, JsonValue value, String rule, String provenance, Layer setBy, Layer addedBy,
                        Layer lockedBy) {

        /** The benefit code of a {@code benefits/{code}/…} path, or null for plan-level fields. */
        public String benefit() {
            if (!path.startsWith("benefits/")) {
                return null;
            }
            int end = path.indexOf('/', "benefits/".length());
            return end < 0 ? path.substring("benefits/".length()) : path.substring("benefits/".length(), end);
        }

        /** True when a layer below national changed or added this value. */
        public boolean differsFromNational() {
            return !"BASE".equals(provenance);
        }

        public boolean locked() {
            return lockedBy != null;
        }
    }

    public static PlanModel of(JsonObject json) {
        List<String> versions = new ArrayList<>();
        JsonArray versionArray = json.getJsonArray("versions");
        if (versionArray != null) {
            versionArray.forEach(v -> versions.add(v.getValueType() == JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        }
        Map<String, String> names = new LinkedHashMap<>();
        JsonArray benefits = json.getJsonArray("benefits");
        if (benefits != null) {
            benefits.forEach(b -> names.put(b.asJsonObject().getString("code"), b.asJsonObject().getString("name", "")));
        }
        List<Field> fields = new ArrayList<>();
        JsonArray fieldArray = json.getJsonArray("fields");
        if (fieldArray != null) {
            for (JsonValue v : fieldArray) {
                JsonObject f = v.asJsonObject();
                JsonObject provenance = f.getJsonObject("provenance");
                fields.add(new Field(f.getString("path"), f.get("value"), f.getString("rule", ""),
                        provenance == null ? "BASE" : provenance.getString("kind", "BASE"),
                        provenance == null ? null : Layer.of(provenance.getJsonObject("setBy")),
                        provenance == null ? null : Layer.of(provenance.getJsonObject("addedBy")),
                        f.containsKey("lockedBy") ? Layer.of(f.getJsonObject("lockedBy")) : null));
            }
        }
        return new PlanModel(json.getString("planCode", ""), json.getString("name", ""), json.getString("tenant", ""),
                json.getString("date", ""), List.copyOf(versions), Map.copyOf(names), List.copyOf(fields));
    }

    /** The section a field is shown in: the benefit's name, or null for plan-level fields. */
    public String sectionOf(Field field) {
        String code = field.benefit();
        return code == null ? null : benefitNames.getOrDefault(code, code);
    }
}
