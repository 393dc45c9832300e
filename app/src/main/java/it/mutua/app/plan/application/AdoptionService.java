package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Adoption;
import it.mutua.app.plan.domain.AdoptionHistory;
import it.mutua.app.plan.domain.AdoptionOptions;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.PublishedLayerVersion;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/**
 * A cooperative adopting a plan from a date, and the adoption history it keeps (ADR 0009). The adopted upstream
 * versions are those in force on the adoption's first day; they stay pinned until the cooperative adopts again.
 */
@ApplicationScoped
@Transactional
public class AdoptionService {

    @Inject
    Adoptions adoptions;
    @Inject
    PlanQueries queries;
    @Inject
    PlanChains chains;
    @Inject
    PlanReads reads;
    @Inject
    AuditLog audit;

    /** An adoption as requested: {@code {"effectiveFrom": "2026-07-01", "options": {"familyExtensionOffered": true}}}. */
    public record AdoptRequest(LocalDate effectiveFrom, AdoptionOptions options) {
    }

    public static AdoptRequest parse(String body) {
        JsonObject json = OverlayJson.parseObject(body);
        if (!(json.get("effectiveFrom") instanceof JsonString date)) {
            throw RuleViolation.invalid("effectiveFrom", "plan.effectiveFrom.required");
        }
        boolean family = false;
        JsonValue options = json.get("options");
        if (options != null && options.getValueType() != JsonValue.ValueType.NULL) {
            if (!(options instanceof JsonObject object)) {
                throw RuleViolation.invalid("options", "plan.value.wrongType", "object");
            }
            JsonValue offered = object.get("familyExtensionOffered");
            if (offered != null && offered != JsonValue.TRUE && offered != JsonValue.FALSE) {
                throw RuleViolation.invalid("options.familyExtensionOffered", "plan.value.wrongType", "boolean");
            }
            family = offered == JsonValue.TRUE;
        }
        return new AdoptRequest(PlanService.date(date.getString(), "effectiveFrom"), new AdoptionOptions(family));
    }

    /**
     * The caller's cooperative adopts {@code planCode} from {@code request.effectiveFrom()}: the chain above it is
     * resolved as in force that day with the options on top (a lock on an option is a 409 naming its owner), the
     * latest adoption is closed the day before, and the change is audited (it changes what the workers pay).
     */
    public PlanInForce adopt(Caller caller, String planCode, AdoptRequest request) {
        Tenant coop = reads.principal(caller);
        if (coop.kind() != TenantKind.COOPERATIVE || !caller.hasRole(Roles.COOP_ADMIN)) {
            throw ProblemException.forbidden("plan.adoption.cooperativesOnly");
        }
        String code = PlanService.code(planCode);
        List<Tenant> chain = chains.chainOf(coop);
        var upstreamHistories = chains.histories(code, chain.subList(0, chain.size() - 1));
        List<PublishedLayerVersion> upstream = new EffectivePlanTimeline(code, upstreamHistories)
                .versionsOn(request.effectiveFrom())
                .orElseThrow(() -> ProblemException.notFound("plan.notFound", code, request.effectiveFrom()));
        LayerRef layer = PlanChains.layerOf(coop);
        EffectivePlan plan = chains.resolve(Adoption.withOptions(upstream, layer, code, request.options()));
        Adoption.requireCoherent(plan, request.options());

        List<AdoptionRecord> stored = adoptions.all();
        var history = new AdoptionHistory(stored.stream().map(queries::toAdoption).toList());
        var next = new Adoption(history.nextNumber(), code, request.effectiveFrom(), Optional.empty(), upstream,
                request.options());
        history.adopt(next); // refuses (409) an adoption not after the latest one
        int closing = history.latest().map(Adoption::number).orElse(0);
        var pins = new ArrayList<AdoptionRecord.UpstreamPin>();
        for (PublishedLayerVersion version : upstream) {
            Tenant owner = chain.stream().filter(t -> t.code().equals(version.layer().tenantCode())).findFirst()
                    .orElseThrow();
            pins.add(new AdoptionRecord.UpstreamPin(owner.id(), owner.code(), version.layer().level().name(),
                    version.number()));
        }
        var options = new AdoptionRecord.AdoptionOptionsJson(request.options().familyExtensionOffered());
        AdoptionRecord record = adoptions.add(new AdoptionRecord(next.number(), code, next.effectiveFrom(),
                Optional.empty(), pins, options, null, caller.username()), closing);
        audit.record(caller.username(), caller.tenantId(), "PLAN_ADOPTED", coop.id(), code + " #" + next.number()
                + " from " + next.effectiveFrom() + ", versions " + pins.stream()
                .map(p -> p.tenantCode() + " v" + p.number()).toList()
                + ", family extension " + (options.familyExtensionOffered() ? "offered" : "not offered"));
        return queries.toPlanInForce(coop, record);
    }

    /** A cooperative's adoption history of {@code planCode}, oldest first; a parent's read is audited. */
    public List<PlanInForce> history(Caller caller, String planCode, String tenantCode) {
        String code = PlanService.code(planCode);
        Tenant coop = reads.target(caller, tenantCode, "plan " + code + " adoptions");
        if (coop.kind() != TenantKind.COOPERATIVE) {
            throw ProblemException.notFound("plan.adoption.notCooperative", coop.code());
        }
        return queries.adoptionsOf(coop).stream().filter(a -> a.planCode().equals(code))
                .map(a -> queries.toPlanInForce(coop, a)).toList();
    }
}
