package it.mutua.app.member.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/**
 * Who may ask {@link CoverageQuery} through the API: an administrator or claims officer whose tenant may read the
 * enrolling tenant's personal data (national: all; a regional mutual: its tree), audited; a member only for their
 * own family unit. Anyone else, like a person not covered, gets 404: the answer never reveals where someone is
 * enrolled.
 */
@ApplicationScoped
@Transactional
public class CoverageAccess {

    @Inject
    CoverageQuery query;
    @Inject
    TenantRepository tenants;
    @Inject
    AuditLog audit;

    public Coverage coverageFor(Caller caller, String memberClaim, String fiscalCode, LocalDate date) {
        Coverage coverage = query.coverageOn(fiscalCode, date).filter(c -> allowed(caller, memberClaim, c))
                .orElseThrow(() -> ProblemException.notFound("coverage.not_found", fiscalCode, date));
        if (!caller.hasRole(Roles.MEMBER) || caller.hasAnyRole(Roles.ADMINS) || caller.hasRole(Roles.CLAIMS_OFFICER)) {
            audit.record(caller.username(), caller.tenantId(), "COVERAGE_READ", coverage.tenantId(),
                    "coverage " + coverage.fiscalCode() + " on " + date);
        }
        return coverage;
    }

    private boolean allowed(Caller caller, String memberClaim, Coverage c) {
        if (caller.hasAnyRole(Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN, Roles.CLAIMS_OFFICER)) {
            Tenant principal = tenants.findById(caller.tenantId()).orElseThrow();
            return tenants.findById(c.tenantId()).filter(t -> Visibility.canReadPersonalData(principal, t)).isPresent();
        }
        String self = memberClaim == null ? null : memberClaim.strip().toUpperCase(java.util.Locale.ROOT);
        return caller.hasRole(Roles.MEMBER) && self != null && c.tenantId() == caller.tenantId()
                && (self.equals(c.holderFiscalCode()) || c.familyFiscalCodes().contains(self));
    }
}
