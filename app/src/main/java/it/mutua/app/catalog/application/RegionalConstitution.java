package it.mutua.app.catalog.application;

import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.reporting.application.FigureProjection;

/**
 * Constitutes a regional mutual in one audited step: creates the REGIONAL tenant and moves the chosen cooperatives
 * (a list, or every cooperative of the region directly under national) under it. Only catalog rows and reporting
 * paths change; nothing in the cooperatives' schemas is touched, so nothing can be lost.
 */
@ApplicationScoped
@Transactional
public class RegionalConstitution {

    @Inject
    TenantService tenantService;
    @Inject
    TenantRepository tenants;
    @Inject
    FigureProjection figures;
    @Inject
    AuditLog audit;

    /** What to constitute: the new mutual and either explicit cooperative codes or all of the region. */
    public record Request(String code, String name, String region, List<String> cooperatives, boolean allOfRegion) {
    }

    public record Result(Tenant regional, List<Tenant> moved) {
    }

    public Result constitute(Caller caller, Request request) {
        Tenant national = tenantService.principalOf(caller);
        if (national.kind() != TenantKind.NATIONAL || !caller.hasRole(Roles.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden("regional.constitute.forbidden");
        }
        boolean hasList = request.cooperatives() != null && !request.cooperatives().isEmpty();
        if (hasList == request.allOfRegion()) {
            throw RuleViolation.invalid("cooperatives", "regional.constitute.choose_one");
        }
        Tenant regional = tenantService.create(caller, new NewTenant("REGIONAL", request.code(), request.name(),
                national.code(), null, null, null, request.region()));
        List<Tenant> chosen = hasList ? listed(request.cooperatives()) : tenants.cooperativesDirectlyUnderInRegion(national, regional.region());
        for (Tenant cooperative : chosen) {
            cooperative.moveUnder(regional);
        }
        figures.repath(chosen.stream().map(Figures::scopeOf).toList());
        audit.record(caller.username(), caller.tenantId(), "REGIONAL_CONSTITUTED", regional.id(),
                "region=" + regional.region() + "; moved=" + chosen.size() + "; cooperatives="
                        + chosen.stream().map(Tenant::code).collect(Collectors.joining(",")));
        return new Result(regional, chosen);
    }

    private List<Tenant> listed(List<String> codes) {
        Set<String> wanted = new HashSet<>();
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                throw RuleViolation.invalid("cooperatives", "regional.constitute.blank_code");
            }
            wanted.add(c.strip().toLowerCase(Locale.ROOT));
        }
        List<Tenant> found = new ArrayList<>(tenants.findByCodes(wanted));
        Set<String> missing = new HashSet<>(wanted);
        found.forEach(t -> missing.remove(t.code()));
        if (!missing.isEmpty()) {
            throw RuleViolation.invalid("cooperatives", "regional.constitute.unknown", String.join(", ", missing));
        }
        return found;
    }
}
