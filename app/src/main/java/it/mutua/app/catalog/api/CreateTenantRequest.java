package it.mutua.app.catalog.api;

/** Body of POST /api/tenants. */
public record CreateTenantRequest(String kind, String code, String name, String parent, String federation,
                                  String sector, String vatNumber, String region) {
}
