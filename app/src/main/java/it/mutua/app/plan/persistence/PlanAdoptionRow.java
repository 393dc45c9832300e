package it.mutua.app.plan.persistence;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.mutua.app.kernel.Jsons;
import it.mutua.app.plan.application.AdoptionRecord;

/**
 * One adoption of the cooperative whose schema is in context. The pinned upstream versions and the options are
 * small JSON documents: they are read whole, never queried by part.
 */
@Entity
@Table(name = "plan_adoption")
public class PlanAdoptionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "adoption_number")
    private int adoptionNumber;
    @Column(name = "plan_code")
    private String planCode;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "effective_to")
    private LocalDate effectiveTo;
    @Column(name = "upstream_versions")
    private String upstreamVersions;
    private String options;
    @Column(name = "adopted_at")
    private OffsetDateTime adoptedAt = OffsetDateTime.now();
    @Column(name = "adopted_by")
    private String adoptedBy;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PlanAdoptionRow() {
        // for JPA
    }

    PlanAdoptionRow(AdoptionRecord r) {
        this.adoptionNumber = r.number();
        this.planCode = r.planCode();
        this.effectiveFrom = r.effectiveFrom();
        this.adoptedBy = r.adoptedBy();
        JsonArrayBuilder pins = Jsons.arrayBuilder();
        for (AdoptionRecord.UpstreamPin pin : r.upstream()) {
            pins.add(Jsons.objectBuilder().add("tenantId", pin.tenantId()).add("tenant", pin.tenantCode())
                    .add("level", pin.level()).add("version", pin.number()));
        }
        this.upstreamVersions = pins.build().toString();
        this.options = Jsons.objectBuilder()
                .add("familyExtensionOffered", r.options().familyExtensionOffered()).build().toString();
    }

    int number() {
        return adoptionNumber;
    }

    /** Closes the adoption the day before the next one starts; an adoption is closed once. */
    void closeBefore(LocalDate nextFrom) {
        if (effectiveTo != null) {
            throw new IllegalStateException("adoption " + adoptionNumber + " is already closed");
        }
        this.effectiveTo = nextFrom.minusDays(1);
    }

    AdoptionRecord toRecord() {
        var pins = new ArrayList<AdoptionRecord.UpstreamPin>();
        try (var reader = Jsons.reader(new StringReader(upstreamVersions))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject pin = value.asJsonObject();
                pins.add(new AdoptionRecord.UpstreamPin(pin.getJsonNumber("tenantId").longValue(),
                        pin.getString("tenant"), pin.getString("level"), pin.getInt("version")));
            }
        }
        boolean family;
        try (var reader = Jsons.reader(new StringReader(options))) {
            family = reader.readObject().getBoolean("familyExtensionOffered", false);
        }
        return new AdoptionRecord(adoptionNumber, planCode, effectiveFrom, Optional.ofNullable(effectiveTo), pins,
                new AdoptionRecord.AdoptionOptionsJson(family), adoptedAt, adoptedBy);
    }
}
