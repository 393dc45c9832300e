package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The layer versions stored in the schema of the tenant in context (the caller's, or an ancestor opened with
 * {@link it.mutua.app.tenancy.TenantScopes#callAs}). Published versions are never changed: the update methods
 * refuse them with the conflict {@code plan.version.published}.
 */
public interface PlanLayers {

    Optional<LayerVersionRecord> find(String planCode, int number);

    /**
     * The version with its row locked until commit. A publication starts here, so concurrent publications of one
     * draft queue on the lock and the later ones see it published (409) before checking anything against a chain
     * that already holds the winner's version.
     */
    Optional<LayerVersionRecord> findLocked(String planCode, int number);

    /** Every version of one plan's layer, by number. */
    List<LayerVersionRecord> versions(String planCode);

    /** Published versions of one plan's layer, by effective date. */
    List<LayerVersionRecord> published(String planCode);

    /** Every version of every plan of this tenant's layer, by plan code and number. */
    List<LayerVersionRecord> all();

    /** Stores a new draft with the next version number of the plan. */
    LayerVersionRecord addDraft(String planCode, LocalDate effectiveFrom, String overlayJson, String createdBy);

    LayerVersionRecord replaceDraft(String planCode, int number, LocalDate effectiveFrom, String overlayJson);

    /** Publishes a draft, recording the ids of the upstream versions it was checked against. */
    LayerVersionRecord publish(String planCode, int number, String publishedBy, java.util.List<String> builtOn);
}
