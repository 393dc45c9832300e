package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.EffectivePlanTimeline;
import it.mutua.app.plan.domain.LayerDraft;
import it.mutua.app.plan.domain.Overlay;
import it.mutua.app.plan.domain.PlanResolver;
import it.mutua.app.plan.domain.PublishedLayerVersion;
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

    private final PlanResolver resolver = new PlanResolver();

    /** A draft as parsed from a request: the date it should take effect and the overlay. */
    public record DraftRequest(LocalDate effectiveFrom, Overlay overlay) {
    }

    /** The effective plan of {@code tenant} on {@code date}. */
    public record Effective(Tenant tenant, LocalDate date, EffectivePlan plan) {
    }

    /** Plans a caller sees: the national bases (published versions) and its own layer (drafts too). */
    public record Visible(List<LayerVersionRecord> nationalBases, List<LayerVersionRecord> ownLayer, Tenant own) {
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
        ownerOf(caller);
        return layers.addDraft(code(planCode), draft.effectiveFrom(), OverlayJson.write(draft.overlay()),
                caller.username());
    }

    public LayerVersionRecord ownVersion(Caller caller, String planCode, int number) {
        ownerOf(caller);
        return draftOf(planCode, number);
    }

    public LayerVersionRecord replaceDraft(Caller caller, String planCode, int number, DraftRequest draft) {
        ownerOf(caller);
        draftOf(planCode, number);
        return layers.replaceDraft(code(planCode), number, draft.effectiveFrom(), OverlayJson.write(draft.overlay()));
    }

    /**
     * Publishes a draft after resolving it on top of the layers above, as in force on its effective date: a lock of
     * an upper layer answers 409 naming its owner, an invalid value 400 with the field's path. Its effective date must
     * come after every published version of this layer, so what was in force on a past date never changes.
     */
    public LayerVersionRecord publish(Caller caller, String planCode, int number) {
        Tenant own = ownerOf(caller);
        LayerVersionRecord draft = draftOf(planCode, number);
        if (draft.published()) {
            throw RuleViolation.conflict("plan.version.published", draft.planCode(), number);
        }
        for (LayerVersionRecord published : layers.published(draft.planCode())) {
            if (!draft.effectiveFrom().isAfter(published.effectiveFrom())) {
                throw RuleViolation.conflict("plan.version.notAfterLatest", draft.effectiveFrom(),
                        published.effectiveFrom());
            }
        }
        List<PublishedLayerVersion> above = List.of();
        List<Tenant> chain = chains.chainOf(own);
        if (chain.size() > 1) {
            var upper = chains.histories(draft.planCode(), chain.subList(0, chain.size() - 1));
            above = new EffectivePlanTimeline(draft.planCode(), upper).versionsOn(draft.effectiveFrom())
                    .orElseThrow(() -> RuleViolation.invalid("effectiveFrom", "plan.version.noneInForce",
                            draft.effectiveFrom()));
        }
        Overlay overlay = OverlayJson.read(draft.overlayJson());
        resolver.preview(above, new LayerDraft(PlanChains.layerOf(own), draft.planCode(), overlay));
        return layers.publish(draft.planCode(), number, caller.username());
    }

    public Visible visible(Caller caller) {
        Tenant own = tenants.findById(caller.tenantId()).orElseThrow();
        Tenant national = tenants.national().orElseThrow();
        List<LayerVersionRecord> ownLayer = layers.all();
        List<LayerVersionRecord> bases = own.id() == national.id()
                ? ownLayer.stream().filter(LayerVersionRecord::published).toList()
                : chains.allPublished(national);
        return new Visible(bases, ownLayer, own);
    }

    /**
     * The plan in force for {@code tenantCode} (default: the caller's tenant) on {@code date}. A tenant the caller
     * may not read answers 404 like a missing one.
     */
    public Effective effective(Caller caller, String planCode, String tenantCode, LocalDate date) {
        Tenant principal = tenants.findById(caller.tenantId()).orElseThrow();
        Tenant target = tenantCode == null || tenantCode.isBlank() ? principal
                : tenants.findByCode(tenantCode.strip().toLowerCase(Locale.ROOT))
                        .filter(t -> Visibility.canRead(principal, t))
                        .orElseThrow(() -> ProblemException.notFound("tenant.not_found", tenantCode));
        String code = code(planCode);
        var timeline = new EffectivePlanTimeline(code, chains.histories(code, chains.chainOf(target)));
        var versions = timeline.versionsOn(date)
                .orElseThrow(() -> ProblemException.notFound("plan.notFound", code, date));
        return new Effective(target, date, resolver.resolve(versions));
    }

    /**
     * Demo data: publishes a national base plan once, in the national schema in context. Skipped when the plan
     * already has a version there, so a restart changes nothing.
     */
    public boolean seedNationalBase(String planCode, LocalDate effectiveFrom, Overlay overlay, String by) {
        if (!layers.versions(planCode).isEmpty()) {
            return false;
        }
        resolver.preview(List.of(), new LayerDraft(it.mutua.app.plan.domain.DemoPlans.NATIONAL, planCode, overlay));
        LayerVersionRecord draft = layers.addDraft(planCode, effectiveFrom, OverlayJson.write(overlay), by);
        layers.publish(planCode, draft.number(), by);
        return true;
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
