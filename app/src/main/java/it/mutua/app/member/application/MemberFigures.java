package it.mutua.app.member.application;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.application.Figures;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.reporting.application.FigureProjection;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * The member figures of the tenant in context in {@code reporting.tenant_figure}, changed in the same transaction as
 * the fact: {@value #MEMBERS} (worker-members and individually enrolled holders), {@value #FAMILY_MEMBERS},
 * {@value #ENROLLED} (people with a coverage period whose end is not recorded).
 */
@ApplicationScoped
public class MemberFigures {

    public static final String MEMBERS = "members";
    public static final String FAMILY_MEMBERS = "family_members";
    public static final String ENROLLED = "enrolled";

    @Inject
    TenantRepository tenants;
    @Inject
    FigureProjection figures;

    public void add(String metric, int delta) {
        if (delta == 0) {
            return;
        }
        Tenant tenant = tenants.findById(CurrentTenant.get().id()).orElseThrow();
        figures.add(Figures.scopeOf(tenant), metric, BigDecimal.valueOf(delta));
    }
}
