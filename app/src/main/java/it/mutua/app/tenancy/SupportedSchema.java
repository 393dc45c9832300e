package it.mutua.app.tenancy;

/**
 * The oldest tenant schema version this build can serve (DESIGN §5, expand/contract).
 *
 * <p>A new changeSet normally only expands (a new table or a nullable column): the code keeps working on tenants not
 * yet migrated, and this number stays. When the code starts to need the new structure (the contract step), raise it
 * to that changeSet's version: tenants below it answer 503 until the migration runner has migrated them, instead of
 * failing half-way through a request.
 */
public final class SupportedSchema {

    /**
     * Version 12: tenant_marker, member, plan_layer_version (with built_on), plan_adoption, the member registry's
     * extension, history and enrolment tables (tenant changeSets 0006-0008), facility and facility_tariff
     * (0010-0011), the payroll import jobs (0018) and contributions (0019), all read by this build.
     */
    public static final int MINIMUM_VERSION = 12;

    private SupportedSchema() {
    }
}
