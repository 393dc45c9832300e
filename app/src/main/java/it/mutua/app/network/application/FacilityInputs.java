package it.mutua.app.network.application;

import it.mutua.app.kernel.RuleViolation;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.Places;

/**
 * Validates raw facility input into {@link FacilityDetails}. Deliberately NOT transactional: a bulk load validates
 * every line inside its own transaction and collects the refusals; an exception thrown through a
 * {@code @Transactional} method would mark that transaction rollback-only and the valid lines would be silently lost.
 */
@ApplicationScoped
public class FacilityInputs {

    @Inject
    TenantRepository tenants;

    /** The details, resolving the cooperative tenant named by code (it must be a cooperative of the catalog: 422). */
    public FacilityDetails details(FacilityDetails.Input in, String cooperativeTenantCode) {
        Long coopId = null;
        if (cooperativeTenantCode != null && !cooperativeTenantCode.isBlank()) {
            Tenant coop = tenants.findByCode(cooperativeTenantCode.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> t.kind() == TenantKind.COOPERATIVE)
                    .orElseThrow(() -> RuleViolation.unprocessable("cooperativeTenant", "network.cooperativeTenant.unknown",
                            cooperativeTenantCode.strip()));
            coopId = coop.id();
        }
        FacilityDetails.Input withCoop = new FacilityDetails.Input(in.name(), in.legalEntity(), in.vatNumber(),
                in.type(), in.address(), in.postalCode(), in.regionCode(), in.provinceCode(), in.municipalityCode(),
                in.latitude(), in.longitude(), in.cooperativeProvider(), coopId, in.contractFrom(), in.contractTo());
        return FacilityDetails.of(withCoop, Places.italy());
    }
}
