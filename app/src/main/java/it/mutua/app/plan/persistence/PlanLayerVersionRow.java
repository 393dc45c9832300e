package it.mutua.app.plan.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.mutua.app.kernel.Jsons;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.application.LayerVersionRecord;

/**
 * One version of this tenant's layer of a plan. Lives in the tenant's own schema (unqualified table). Once published
 * it never changes: claims are judged on it, so {@link #replace} and {@link #publish} refuse a published row.
 */
@Entity
@Table(name = "plan_layer_version")
public class PlanLayerVersionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_code")
    private String planCode;
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String status;
    private String overlay;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "built_on")
    private String builtOn;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PlanLayerVersionRow() {
        // for JPA
    }

    PlanLayerVersionRow(String planCode, int versionNumber, LocalDate effectiveFrom, String overlay, String createdBy) {
        this.planCode = planCode;
        this.versionNumber = versionNumber;
        this.effectiveFrom = effectiveFrom;
        this.status = LayerVersionRecord.Status.DRAFT.name();
        this.overlay = overlay;
        this.createdBy = createdBy;
    }

    void replace(LocalDate newEffectiveFrom, String newOverlay) {
        refuseIfPublished();
        this.effectiveFrom = newEffectiveFrom;
        this.overlay = newOverlay;
    }

    void publish(String by, OffsetDateTime at, java.util.List<String> upstreamIds) {
        refuseIfPublished();
        var ids = Jsons.arrayBuilder();
        upstreamIds.forEach(ids::add);
        this.builtOn = ids.build().toString();
        this.status = LayerVersionRecord.Status.PUBLISHED.name();
        this.publishedBy = by;
        this.publishedAt = at;
    }

    private void refuseIfPublished() {
        if (LayerVersionRecord.Status.PUBLISHED.name().equals(status)) {
            throw RuleViolation.conflict("plan.version.published", planCode, versionNumber);
        }
    }

    LayerVersionRecord toRecord() {
        return new LayerVersionRecord(planCode, versionNumber, effectiveFrom, LayerVersionRecord.Status.valueOf(status),
                overlay, publishedAt, publishedBy, createdAt, builtOnIds());
    }

    private java.util.List<String> builtOnIds() {
        if (builtOn == null) {
            return java.util.List.of();
        }
        try (var reader = Jsons.reader(new java.io.StringReader(builtOn))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }
}
