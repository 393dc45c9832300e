package it.mutua.app.catalog.application;

import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/** What a caller asks for when creating a tenant (validated by the domain, not here). */
public record NewTenant(String kind, String code, String name, String parent, String federation, String sector,
                        String vatNumber, String region) {
}
