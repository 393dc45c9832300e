package it.mutua.admin.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cooperative's adoption of a plan (ADR 0009): the update pending with its field-by-field diff, the adoption from a
 * date with its options, the history, and the booklet (PDF) of the plan in force on a date.
 */
public class PlanAdoptionApi {

    private final RestCalls rest;

    public PlanAdoptionApi(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    /** {@code GET /api/plans/{code}/pending?tenant}: what adopting now would change (the whole plan if never adopted). */
    public JsonObject pending(String planCode, String tenant, Caller caller) {
        return rest.get("/api/plans/" + RestCalls.segment(planCode) + "/pending", tenantQuery(tenant), caller,
                JsonObject.class);
    }

    /** {@code GET /api/plans/{code}/adoptions?tenant}. */
    public JsonObject adoptions(String planCode, String tenant, Caller caller) {
        return rest.get("/api/plans/" + RestCalls.segment(planCode) + "/adoptions", tenantQuery(tenant), caller,
                JsonObject.class);
    }

    /** {@code POST /api/plans/{code}/adoptions}: the caller's cooperative adopts the plan from a date. */
    public JsonObject adopt(String planCode, LocalDate effectiveFrom, boolean familyExtensionOffered, Caller caller) {
        JsonObject body = Json.createObjectBuilder().add("effectiveFrom", effectiveFrom.toString())
                .add("options", Json.createObjectBuilder().add("familyExtensionOffered", familyExtensionOffered))
                .build();
        return rest.post("/api/plans/" + RestCalls.segment(planCode) + "/adoptions", Map.of(), body, caller,
                JsonObject.class);
    }

    /** {@code GET /api/plans/{code}/booklet?tenant&date}: the PDF booklet. */
    public RestCalls.Download booklet(String planCode, String tenant, LocalDate date, Caller caller) {
        Map<String, Object> query = new LinkedHashMap<>(tenantQuery(tenant));
        query.put("date", date);
        return rest.download("/api/plans/" + RestCalls.segment(planCode) + "/booklet", query, caller, "application/pdf");
    }

    private static Map<String, Object> tenantQuery(String tenant) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("tenant", tenant);
        return query;
    }
}
