package it.mutua.app.catalog.api;

/** Body of PATCH /api/tenants/{code}. */
public record RenameRequest(String name) {
}
