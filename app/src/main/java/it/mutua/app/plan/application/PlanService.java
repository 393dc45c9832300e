package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.LayerDraft;
import it.mutua.app.plan.domain.Overlay;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/**
 * A layer owner's drafts and their publication, and the effective plan of a tenant on a date. The caller's own layer
 * is the one of its tenant's kind (national base, federation tailoring, regional project, cooperative adoption),
 * written in its own schema; the layers above are read through {@link PlanChains}.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private static final Pattern PLAN_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Inject
    PlanLayers layers;
    @Inject
    PlanChains chains;
    @Inject
    TenantRepository tenants;
    @Inject
    PlanPublication publication;
    @Inject
    PlanReads reads;
    @Inject
    PlanQueries queries;

    /** A draft as parsed from a request: the date it should take effect and the overlay. */
    public record DraftRequest(LocalDate effectiveFrom, Overlay overlay) {
    }

    /** The effective plan of {@code tenant} on {@code date}; for a cooperative, the adoption it comes from. */
    public record Effective(Tenant tenant, LocalDate date, EffectivePlan plan, Optional<PlanInForce> adoption) {
    }

    /**
     * Plans a caller sees: the national bases (published versions), the published layers of the federation and region
     * it inherits from (a cooperative), and its own layer (drafts too).
     */
    public record Visible(List<LayerVersionRecord> nationalBases, Map<Tenant, List<LayerVersionRecord>> inherited,
                          List<LayerVersionRecord> ownLayer, Tenant own) {
    }

    /** Parses a draft body: {@code {"effectiveFrom": "2026-07-01", "changes": [...]}} (see {@link OverlayJson}). */
    public static DraftRequest parseDraft(String body) {
        JsonObject json = OverlayJson.parseObject(body);
        if (!(json.get("effectiveFrom") instanceof JsonString date)) {
            throw RuleViolation.invalid("effectiveFrom", "plan.effectiveFrom.required");
        }
        return new DraftRequest(date(date.getString(), "effectiveFrom"), OverlayJson.read(json));
    }

    public static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, "plan.date.invalid", text);
        }
    }

    public LayerVersionRecord createDraft(Caller caller, String planCode, DraftRequest draft) {
        refuseCooperative(ownerOf(caller));
        return layers.addDraft(code(planCode), draft.effectiveFrom(), OverlayJson.write(draft.overlay()),
                caller.username());
    }

    public LayerVersionRecord ownVersion(Caller caller, String planCode, int number) {
        ownerOf(caller);
        return draftOf(planCode, number);
    }

    public LayerVersionRecord replaceDraft(Caller caller, String planCode, int number, DraftRequest draft) {
        refuseCooperative(ownerOf(caller));
        draftOf(planCode, number);
        return layers.replaceDraft(code(planCode), number, draft.effectiveFrom(), OverlayJson.write(draft.overlay()));
    }

    /**
     * Publishes a draft after resolving it on top of the layers above, as in force on its effective date and on every
     * later date an upper layer changes: a lock of an upper layer answers 409 naming its owner, an invalid value 400
     * with the field's path. It must not break an intermediate layer below or beside it either (409 naming that
     * layer, {@link PlanPublication}). Its effective date must come after every published version of this layer, so
     * what was in force on a past date never changes. Two concurrent publications: the row lock makes the second see
     * a published version (409); two drafts with one effective date collide on a unique index (409).
     */
    public LayerVersionRecord publish(Caller caller, String planCode, int number) {
        Tenant own = ownerOf(caller);
        refuseCooperative(own);
        LayerVersionRecord draft = layers.findLocked(code(planCode), number)
                .orElseThrow(() -> ProblemException.notFound("plan.version.notFound", planCode, number));
        if (draft.published()) {
            throw RuleViolation.conflict("plan.version.published", draft.planCode(), number);
        }
        for (LayerVersionRecord published : layers.published(draft.planCode())) {
            if (!draft.effectiveFrom().isAfter(published.effectiveFrom())) {
                throw RuleViolation.conflict("plan.version.notAfterLatest", draft.effectiveFrom(),
                        published.effectiveFrom());
            }
        }
        var candidate = new LayerDraft(PlanChains.layerOf(own), draft.planCode(), OverlayJson.read(draft.overlayJson()))
                .publish(PlanChains.versionId(own.code(), draft.planCode(), number), number, draft.effectiveFrom());
        List<String> builtOn = publication.check(own, candidate);
        return layers.publish(draft.planCode(), number, caller.username(), builtOn);
    }

    public Visible visible(Caller caller) {
        Tenant own = tenants.findById(caller.tenantId()).orElseThrow();
        Tenant national = tenants.national().orElseThrow();
        List<LayerVersionRecord> ownLayer = layers.all();
        List<LayerVersionRecord> bases = own.id() == national.id()
                ? ownLayer.stream().filter(LayerVersionRecord::published).toList()
                : chains.allPublished(national);
        var inherited = new LinkedHashMap<Tenant, List<LayerVersionRecord>>();
        List<Tenant> chain = chains.chainOf(own);
        // between the national base and the caller's own layer: a cooperative's federation and region
        for (Tenant owner : chain.size() > 2 ? chain.subList(1, chain.size() - 1) : List.<Tenant>of()) {
            inherited.put(owner, chains.allPublished(owner));
        }
        return new Visible(bases, inherited, ownLayer, own);
    }

    /**
     * The plan in force for {@code tenantCode} (default: the caller's tenant) on {@code date}. A tenant the caller
     * may not read answers 404 like a missing one; a parent's read is audited. For a cooperative it is the plan it had
     * adopted that day, from the exact versions adopted (404 when it had not adopted this plan); for the other levels
     * it is their chain as in force that day.
     */
    public Effective effective(Caller caller, String planCode, String tenantCode, LocalDate date) {
        String code = code(planCode);
        Tenant target = reads.target(caller, tenantCode, "plan " + code + " effective on " + date);
        if (target.kind() == TenantKind.COOPERATIVE) {
            PlanInForce inForce = queries.inForce(target.id(), date).filter(p -> p.planCode().equals(code))
                    .orElseThrow(() -> ProblemException.notFound("plan.notAdopted", target.code(), code));
            return new Effective(target, date, inForce.plan(), Optional.of(inForce));
        }
        var timeline = new EffectivePlanTimeline(code, chains.histories(code, chains.chainOf(target)));
        var versions = timeline.versionsOn(date)
                .orElseThrow(() -> ProblemException.notFound("plan.notFound", code, date));
        return new Effective(target, date, chains.resolve(versions), Optional.empty());
    }

    /** The published versions of {@code ownerCode}'s layer, for a caller that inherits it or reads below itself. */
    public List<LayerVersionRecord> layer(Caller caller, String planCode, String ownerCode) {
        String code = code(planCode);
        Tenant owner = reads.layerOwner(caller, ownerCode, "plan " + code + " layer");
        return chains.allPublished(owner).stream().filter(r -> r.planCode().equals(code)).toList();
    }

    /**
     * Demo data: publishes a national base plan once, in the national schema in context. Skipped when the plan
     * already has a version there, so a restart changes nothing.
     */
    public boolean seedNationalBase(String planCode, LocalDate effectiveFrom, Overlay overlay, String by) {
        if (!layers.versions(planCode).isEmpty()) {
            return false;
        }
        chains.resolver().preview(List.of(),
                new LayerDraft(it.mutua.app.plan.domain.DemoPlans.NATIONAL, planCode, overlay));
        LayerVersionRecord draft = layers.addDraft(planCode, effectiveFrom, OverlayJson.write(overlay), by);
        layers.publish(planCode, draft.number(), by, List.of());
        return true;
    }

    /**
     * Demo data: publishes a federation's or region's layer once, in its schema (in context), with the same checks as
     * {@link #publish}. Skipped when the layer already has a version of the plan.
     */
    public boolean seedLayer(Tenant own, String planCode, LocalDate effectiveFrom, Overlay overlay, String by) {
        if (!layers.versions(planCode).isEmpty()) {
            return false;
        }
        LayerVersionRecord draft = layers.addDraft(planCode, effectiveFrom, OverlayJson.write(overlay), by);
        var candidate = new LayerDraft(PlanChains.layerOf(own), planCode, overlay)
                .publish(PlanChains.versionId(own.code(), planCode, draft.number()), draft.number(), effectiveFrom);
        layers.publish(planCode, draft.number(), by, publication.check(own, candidate));
        return true;
    }

    /** A cooperative's layer is its adoption (options), written through the adoption endpoint only. */
    private static void refuseCooperative(Tenant own) {
        if (own.kind() == TenantKind.COOPERATIVE) {
            throw ProblemException.forbidden("plan.layer.adoptionOnly", own.code());
        }
    }

    private LayerVersionRecord draftOf(String planCode, int number) {
        return layers.find(code(planCode), number)
                .orElseThrow(() -> ProblemException.notFound("plan.version.notFound", planCode, number));
    }

    /** The caller's tenant, if the caller administers that tenant's layer (its admin role matches the kind). */
    private Tenant ownerOf(Caller caller) {
        Tenant own = tenants.findById(caller.tenantId()).orElseThrow();
        String role = switch (own.kind()) {
            case NATIONAL -> Roles.NATIONAL_ADMIN;
            case FEDERATION -> Roles.FEDERATION_ADMIN;
            case REGIONAL -> Roles.REGIONAL_ADMIN;
            case COOPERATIVE -> Roles.COOP_ADMIN;
        };
        if (!caller.hasRole(role)) {
            throw ProblemException.forbidden("plan.layer.notOwner", own.code());
        }
        return own;
    }

    static String code(String planCode) {
        if (planCode == null || !PLAN_CODE.matcher(planCode).matches()) {
            throw RuleViolation.invalid("planCode", "plan.code.invalid", planCode);
        }
        return planCode;
    }
}
