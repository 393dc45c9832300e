package it.mutua.admin.api;

/** Body of {@code POST /api/tenants}; parent and federation by code. Null fields are left out of the JSON. */
public record NewTenant(String kind, String code, String name, String parent, String federation, String sector,
                        String vatNumber, String region) {
}
