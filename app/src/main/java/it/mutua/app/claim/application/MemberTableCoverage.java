package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.Coverage;
import it.mutua.app.claim.domain.CoverageSource;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.plan.domain.DemoPlans;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.tenancy.TenantDirectory;
import it.mutua.app.tenancy.TenantScopes;

/**
 * TEMPORARY adapter — TODO(members): replace with {@code it.mutua.app.member.application.CoverageQuery#coverageOn}
 * when the members feature lands. Until then coverage is read from the cooperative's {@code member} table: a
 * registered member is a WORKER holding a family unit of one, enrolled from 1 January of the year of registration,
 * on the social-cooperation plan, with no IBAN on file (the claim form gives it). Family members cannot claim yet.
 */
@ApplicationScoped
public class MemberTableCoverage implements CoverageSource {

    @Inject
    TenantRepository tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    MemberService members;

    @Override
    public Optional<Coverage> coverageOn(String fiscalCode, long enrollingTenantHint, LocalDate date) {
        var tenant = tenants.findById(enrollingTenantHint).filter(t -> t.kind() == TenantKind.COOPERATIVE);
        var ref = tenant.flatMap(t -> TenantDirectory.find(t.id())).filter(r -> r.isActive());
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return scopes.callAs(ref.get(), () -> members.search(fiscalCode, "familyName", false, 0, 1).items().stream()
                .filter(m -> m.fiscalCode().equals(fiscalCode)).findFirst()
                .map(m -> new Coverage(m.fiscalCode(), m.birthDate(), FamilyRole.WORKER, m.fiscalCode(),
                        enrollingTenantHint, LocalDate.of(m.createdAt().getYear(), 1, 1), DemoPlans.SOCIAL_COOPERATION,
                        Optional.empty(), Set.of(m.fiscalCode()))));
    }
}
