package it.mutua.admin.plan;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/plans/{code}/pending} read for the adoption panel: whether the cooperative has adopted the plan (and
 * from when, with which options), whether an update is on offer and from which date, its field-by-field changes, or
 * the conflict that stops it (an upper lock on one of the cooperative's options).
 */
public record PendingUpdate(boolean adopted, LocalDate adoptedFrom, boolean familyExtensionOffered, boolean pending,
                            LocalDate availableFrom, List<Change> changes, String conflict) {

    /** One changed field: ADDED, CHANGED or REMOVED, the value before and after (JSON, null when absent). */
    public record Change(String path, String kind, JsonValue before, JsonValue after, String afterProvenance) {

        /** The benefit code of a {@code benefits/{code}/…} path, or null. */
        public String benefit() {
            if (!path.startsWith("benefits/")) {
                return null;
            }
            int end = path.indexOf('/', "benefits/".length());
            return end < 0 ? null : path.substring("benefits/".length(), end);
        }
    }

    public static PendingUpdate of(JsonObject json) {
        JsonObject adoption = json.containsKey("adopted") ? json.getJsonObject("adopted") : null;
        List<Change> changes = new ArrayList<>();
        if (json.containsKey("changes")) {
            for (JsonValue v : json.getJsonArray("changes")) {
                JsonObject c = v.asJsonObject();
                JsonObject before = c.containsKey("before") ? c.getJsonObject("before") : null;
                JsonObject after = c.containsKey("after") ? c.getJsonObject("after") : null;
                changes.add(new Change(c.getString("path"), c.getString("kind", ""),
                        before == null ? null : before.get("value"), after == null ? null : after.get("value"),
                        after == null ? null : after.getString("provenance", null)));
            }
        }
        return new PendingUpdate(adoption != null,
                adoption == null ? null : LocalDate.parse(adoption.getString("effectiveFrom")),
                adoption != null && adoption.getJsonObject("options").getBoolean("familyExtensionOffered", false),
                json.getBoolean("pending", false),
                json.containsKey("availableFrom") ? LocalDate.parse(json.getString("availableFrom")) : null,
                List.copyOf(changes),
                json.containsKey("conflict") ? json.getJsonObject("conflict").getString("message", "") : null);
    }

    /**
     * The date the adoption form proposes: the date the update is available from, but never on or before the
     * adoption already in force (a new adoption must start after it), nor in the past for a first adoption.
     */
    public LocalDate proposedDate(LocalDate today) {
        LocalDate nextMonth = today.plusMonths(1).withDayOfMonth(1);
        LocalDate proposed = availableFrom == null ? nextMonth : availableFrom;
        if (adopted && adoptedFrom != null && !proposed.isAfter(adoptedFrom)) {
            proposed = nextMonth.isAfter(adoptedFrom) ? nextMonth : adoptedFrom.plusDays(1);
        }
        return proposed;
    }
}
