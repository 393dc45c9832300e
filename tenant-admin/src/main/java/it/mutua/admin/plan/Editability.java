package it.mutua.admin.plan;

import it.mutua.admin.security.Roles;

import java.util.List;

/**
 * Which fields of an effective plan the user may change in a draft of their own layer: only layer owners (the
 * administrators of national, regional, federation and cooperative tenants), only on their own tenant's plan (a draft
 * is always of the caller's own layer), only fields of an editable type and not locked by another layer. The API
 * decides in the end (409 with the lock's owner); this keeps the editor from offering what it would refuse.
 */
public record Editability(boolean layerOwner, String ownTenant, String ownKind) {

    static final List<String> OWNER_ROLES = List.of(Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN, Roles.FEDERATION_ADMIN,
            Roles.COOP_ADMIN);

    public static Editability of(List<String> roles, String ownTenant, String ownKind) {
        return new Editability(roles.stream().anyMatch(OWNER_ROLES::contains), ownTenant, ownKind);
    }

    /** True when the user edits the plan of this tenant at all (their own layer). */
    public boolean editsPlanOf(String tenant) {
        return layerOwner && ownTenant != null && ownTenant.equals(tenant);
    }

    public boolean mayChange(PlanModel model, PlanModel.Field field) {
        return editsPlanOf(model.tenant()) && FieldType.of(field.path()).editable() && !lockedAbove(field);
    }

    /** Locked by a layer other than the user's own: lower layers cannot change it. */
    public boolean lockedAbove(PlanModel.Field field) {
        return field.lockedBy() != null && !field.lockedBy().tenant().equals(ownTenant);
    }

    /** Cooperatives are the last layer: there is nobody below them to lock a field for. */
    public boolean mayLock() {
        return !"COOPERATIVE".equals(ownKind);
    }
}
