package it.mutua.app.network.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.catalog.domain.Visibility;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.application.FacilitySummary;
import it.mutua.app.network.application.RegimeQuery;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;

/**
 * The regime of a facility for the members of a tenant on a date, as claims compute it: for claims officers and
 * the national office (any tenant), and a regional administrator (its own cooperatives). A tenant the caller may
 * not read is 404.
 */
@Path("/network/regime")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rete sanitaria / Healthcare network")
@SecurityRequirement(name = "jwt")
public class RegimeResource {

    @Inject
    RegimeQuery regimes;
    @Inject
    TenantRepository tenants;
    @Inject
    Caller caller;

    /** The answer: the regime, and the facility when it is in the tenant's network. */
    public record RegimeDto(String facility, String tenant, LocalDate date, String regime, FacilitySummary found) {
    }

    @GET
    @RolesAllowed({"national-admin", "claims-officer", "regional-admin", "auditor"})
    @Operation(summary = "Regime di una struttura per i soci di un ente a una data / Regime of a facility for a tenant's members on a date")
    public RegimeDto regime(@QueryParam("facility") String facility, @QueryParam("tenant") String tenantCode,
                            @QueryParam("date") String date) {
        if (facility == null || facility.isBlank()) {
            throw RuleViolation.invalid("facility", "network.regime.facilityRequired");
        }
        if (tenantCode == null || tenantCode.isBlank()) {
            throw RuleViolation.invalid("tenant", "network.regime.tenantRequired");
        }
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("date", "network.regime.dateInvalid", date);
        }
        Tenant principal = tenants.findById(caller.tenantId()).orElseThrow();
        Tenant member = tenants.findByCode(tenantCode.strip().toLowerCase(Locale.ROOT))
                .filter(t -> Visibility.canRead(principal, t))
                .orElseThrow(() -> ProblemException.notFound("tenant.not_found", tenantCode));
        var found = regimes.find(facility, member.id());
        String regime = found.map(f -> regimes.regimeOf(f.id(), member.id(), on).name())
                .orElse(ProviderRegime.OUT_OF_NETWORK.name());
        return new RegimeDto(facility.strip(), member.code(), on, regime, found.orElse(null));
    }
}
