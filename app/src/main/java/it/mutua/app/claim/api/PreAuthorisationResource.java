package it.mutua.app.claim.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.api.PageDto;
import it.mutua.app.claim.application.PreAuthorisations;
import it.mutua.app.claim.persistence.PreAuthStore;

/** Pre-authorisations of direct-network services. Cooperative administrators get 404, like on every claim resource. */
@Path("/pre-authorisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rimborsi / Claims")
@SecurityRequirement(name = "jwt")
public class PreAuthorisationResource {

    @Inject
    ClaimPrincipals principals;
    @Inject
    PreAuthorisations service;

    public record PreAuthDto(long id, String fiscalCode, String benefit, String facility, String facilityName,
                             String regime, LocalDate plannedDate, String estimated, boolean urgent, String status,
                             String authorised, LocalDate validFrom, LocalDate validTo, String reason,
                             Long settledClaim) {
        static PreAuthDto of(PreAuthStore.PreAuth p) {
            return new PreAuthDto(p.id(), p.fiscalCode(), p.benefit(), p.facilityRef(), p.facilityName(), p.regime(),
                    p.plannedDate(), ClaimViews.euros(p.estimated()), p.urgent(), p.status(),
                    p.authorised().map(ClaimViews::euros).orElse(null), p.validFrom().orElse(null),
                    p.validTo().orElse(null), p.reason().orElse(null), p.settledClaimId().orElse(null));
        }
    }

    @POST
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Chiede un'autorizzazione preventiva (urgenze: entro 5 giorni) / Request a pre-authorisation (urgent admissions: within 5 days)")
    public Response request(PreAuthorisations.Request body) {
        var p = service.request(principals.current(), body);
        return Response.created(URI.create("/api/pre-authorisations/" + p.id())).entity(PreAuthDto.of(p)).build();
    }

    @GET
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Richieste da lavorare, per stato (urgenti prima) / The officers' worklist by status (urgent first)")
    public PageDto<PreAuthDto> queue(@QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        var result = service.queue(principals.current(), status, page, size);
        return new PageDto<>(result.items().stream().map(PreAuthDto::of).toList(), page, size, result.total());
    }

    @GET
    @Path("mine")
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Le mie autorizzazioni / My pre-authorisations")
    public List<PreAuthDto> mine() {
        return service.mine(principals.current()).stream().map(PreAuthDto::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Un'autorizzazione / A pre-authorisation")
    public PreAuthDto get(@PathParam("id") long id) {
        return PreAuthDto.of(service.get(principals.current(), id));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Autorizza (importo e validità) o respinge / Authorise (amount and validity) or reject")
    public PreAuthDto decide(@PathParam("id") long id, PreAuthorisations.Decision body) {
        return PreAuthDto.of(service.decide(principals.current(), id, body));
    }

    @POST
    @Path("{id}/settlement")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Liquida l'addebito della struttura (l'assistito paga solo la sua quota) / Settle the facility's charge (the member pays only their share)")
    public Response settle(@PathParam("id") long id, PreAuthorisations.Charge body) {
        var claim = service.settle(principals.current(), id, body);
        return Response.created(URI.create("/api/claims/" + claim.id())).entity(ClaimViews.of(claim)).build();
    }
}
