package it.mutua.app.catalog.application;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.reporting.application.FigureScope;

/** Where a tenant's figures go in the reporting projection. */
public final class Figures {

    private Figures() {
    }

    public static FigureScope scopeOf(Tenant tenant) {
        return new FigureScope(tenant.id(), tenant.path(), tenant.federationId());
    }
}
