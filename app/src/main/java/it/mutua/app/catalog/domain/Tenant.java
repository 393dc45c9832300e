package it.mutua.app.catalog.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import it.mutua.app.kernel.Region;
import it.mutua.app.kernel.RuleViolation;

/**
 * A tenant of Mutua: a node of the tree, with its own PostgreSQL schema.
 *
 * <p>Created only through the factory methods, which apply the tree rules of DESIGN §2 (one national root; regional
 * mutuals and federations under national; cooperatives under national or their region's mutual, plus exactly one
 * federation). The schema name is derived from the id, never from input.
 */
@Entity
@Table(schema = "control", name = "tenant")
public class Tenant implements TenantNode {

    @Id
    private Long id;
    private String code;
    @Enumerated(EnumType.STRING)
    private TenantKind kind;
    private String name;
    @Column(name = "vat_number")
    private String vatNumber;
    private String region;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "federation_id")
    private Long federationId;
    private String path;
    @Column(name = "schema_name")
    private String schemaName;
    private String placement;
    @Column(name = "schema_version")
    private int schemaVersion;
    @Enumerated(EnumType.STRING)
    private TenantStatus status;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Tenant() {
        // for JPA
    }

    private Tenant(long id, TenantCode code, TenantKind kind, String name, Tenant parent, String placement) {
        this.id = id;
        this.code = code.value();
        this.kind = kind;
        this.name = TenantName.of(name);
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.schemaName = "t_" + id;
        this.placement = placement;
        this.status = TenantStatus.ACTIVE;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    public static Tenant national(long id, TenantCode code, String name, String placement) {
        return new Tenant(id, code, TenantKind.NATIONAL, name, null, placement);
    }

    public static Tenant regional(long id, TenantCode code, String name, String region, Tenant parent, String placement) {
        requireParentKind(parent, TenantKind.NATIONAL, "tenant.parent.regional_under_national");
        Tenant t = new Tenant(id, code, TenantKind.REGIONAL, name, parent, placement);
        t.region = requireRegion(region);
        return t;
    }

    public static Tenant federation(long id, TenantCode code, String name, Sector sector, Tenant parent, String placement) {
        requireParentKind(parent, TenantKind.NATIONAL, "tenant.parent.federation_under_national");
        if (sector == null) {
            throw RuleViolation.invalid("sector", "tenant.sector.required");
        }
        Tenant t = new Tenant(id, code, TenantKind.FEDERATION, name, parent, placement);
        t.sector = sector;
        return t;
    }

    /**
     * A cooperative hangs under national or under the regional mutual of its own region, and belongs to one federation.
     * {@code regionalOfItsRegion} is the regional mutual constituted for the cooperative's region, if any: when one
     * exists the cooperative must be placed under it, so regional figures stay complete.
     */
    public static Tenant cooperative(long id, TenantCode code, String name, String vatNumber, String region,
                                     Tenant parent, Tenant federation, Tenant regionalOfItsRegion, String placement) {
        if (parent == null) {
            throw RuleViolation.invalid("parent", "tenant.parent.required");
        }
        if (parent.kind != TenantKind.NATIONAL && parent.kind != TenantKind.REGIONAL) {
            throw RuleViolation.invalid("parent", "tenant.parent.cooperative_under_territory", parent.code);
        }
        if (federation == null || federation.kind != TenantKind.FEDERATION) {
            throw RuleViolation.invalid("federation", "tenant.federation.required");
        }
        String checkedRegion = requireRegion(region);
        if (parent.kind == TenantKind.REGIONAL && !checkedRegion.equals(parent.region)) {
            throw RuleViolation.invalid("region", "tenant.region.differs_from_parent", parent.code);
        }
        if (parent.kind == TenantKind.NATIONAL && regionalOfItsRegion != null) {
            throw RuleViolation.invalid("parent", "tenant.parent.regional_exists", regionalOfItsRegion.code);
        }
        Tenant t = new Tenant(id, code, TenantKind.COOPERATIVE, name, parent, placement);
        t.vatNumber = vatNumber;
        t.region = checkedRegion;
        t.federationId = federation.id;
        return t;
    }

    /** Constituting a regional mutual moves a cooperative of that region from national to the new mutual. */
    public void moveUnder(Tenant regional) {
        if (kind != TenantKind.COOPERATIVE) {
            throw RuleViolation.conflict("tenant.move.only_cooperatives", code);
        }
        if (regional.kind != TenantKind.REGIONAL) {
            throw RuleViolation.conflict("tenant.move.target_not_regional", regional.code);
        }
        if (regional.path.startsWith(path)) {
            throw RuleViolation.conflict("tenant.move.cycle", code);
        }
        if (!regional.region.equals(region)) {
            throw RuleViolation.invalid("cooperatives", "tenant.move.other_region", code, regional.region);
        }
        if (parentId != null && parentId.equals(regional.id)) {
            return;
        }
        if (!regional.path.startsWith(parentPath())) {
            throw RuleViolation.conflict("tenant.move.already_regional", code);
        }
        this.parentId = regional.id;
        this.path = regional.path + id + "/";
        touch();
    }

    public void rename(String newName) {
        this.name = TenantName.of(newName);
        touch();
    }

    public void suspend() {
        if (status != TenantStatus.ACTIVE) {
            throw RuleViolation.conflict("tenant.status.not_active", code);
        }
        if (kind == TenantKind.NATIONAL) {
            throw RuleViolation.conflict("tenant.status.national_cannot_be_suspended");
        }
        status = TenantStatus.SUSPENDED;
        touch();
    }

    public void reactivate() {
        if (status != TenantStatus.SUSPENDED) {
            throw RuleViolation.conflict("tenant.status.not_suspended", code);
        }
        status = TenantStatus.ACTIVE;
        touch();
    }

    public void markSchemaVersion(int version) {
        this.schemaVersion = version;
    }

    private String parentPath() {
        return path.substring(0, path.length() - (id + "/").length());
    }

    private void touch() {
        updatedAt = OffsetDateTime.now();
    }

    private static void requireParentKind(Tenant parent, TenantKind kind, String code) {
        if (parent == null || parent.kind != kind) {
            throw RuleViolation.invalid("parent", code);
        }
    }

    private static String requireRegion(String region) {
        if (region == null || region.isBlank()) {
            throw RuleViolation.invalid("region", "tenant.region.required");
        }
        return Region.ofIstatCode(region).istatCode();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public TenantKind kind() {
        return kind;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Long federationId() {
        return federationId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String region() {
        return region;
    }

    public Sector sector() {
        return sector;
    }

    public Long parentId() {
        return parentId;
    }

    public String schemaName() {
        return schemaName;
    }

    public String placement() {
        return placement;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public TenantStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
