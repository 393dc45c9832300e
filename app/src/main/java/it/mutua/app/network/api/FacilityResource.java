package it.mutua.app.network.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.api.NetworkDtos.CloseTariffRequest;
import it.mutua.app.network.api.NetworkDtos.FacilityDto;
import it.mutua.app.network.api.NetworkDtos.FacilityHitDto;
import it.mutua.app.network.api.NetworkDtos.FacilityRequest;
import it.mutua.app.network.api.NetworkDtos.SearchPageDto;
import it.mutua.app.network.api.NetworkDtos.StatusRequest;
import it.mutua.app.network.api.NetworkDtos.TariffDto;
import it.mutua.app.network.api.NetworkDtos.TariffRequest;
import it.mutua.app.network.application.FacilityInputs;
import it.mutua.app.network.application.FacilitySearch;
import it.mutua.app.network.application.FacilityService;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.problem.Problem;
import it.mutua.app.security.Caller;

/**
 * The healthcare network. Everyone signed in searches and reads the facilities of their own network (national, plus
 * their regional mutual's additions); the owner (national administrator for the national network, a regional
 * administrator for its additions) creates and changes facilities, their status and tariffs. A facility outside the
 * caller's network is 404; one visible but owned by someone else is 403 on writes.
 */
@Path("/network/facilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rete sanitaria / Healthcare network")
@SecurityRequirement(name = "jwt")
public class FacilityResource {

    @Inject
    FacilityService facilities;
    @Inject
    FacilitySearch search;
    @Inject
    FacilityInputs inputs;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member",
            "auditor"})
    @Operation(summary = "Cerca strutture nella propria rete (regione, provincia, comune, tipo, prestazione, cooperativa, "
            + "testo, distanza) / Search facilities of the caller's network")
    public SearchPageDto search(@QueryParam("region") String region, @QueryParam("province") String province,
                                @QueryParam("municipality") String municipality, @QueryParam("type") String type,
                                @QueryParam("service") String service, @QueryParam("cooperative") Boolean cooperative,
                                @QueryParam("q") String text, @QueryParam("lat") Double latitude,
                                @QueryParam("lon") Double longitude, @QueryParam("radiusKm") Double radiusKm,
                                @QueryParam("status") String status, @QueryParam("sort") String sort,
                                @QueryParam("desc") @DefaultValue("false") boolean descending,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        var result = search.search(caller, new FacilitySearch.Query(region, province, municipality, type, service,
                cooperative, text, latitude, longitude, radiusKm, status, sort, descending, page, size));
        Locale locale = Problem.locale(headers);
        return new SearchPageDto(result.items().stream().map(h -> FacilityHitDto.of(h, locale)).toList(),
                result.page(), result.size(), result.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member",
            "auditor"})
    @Operation(summary = "Legge una struttura della propria rete con storico e tariffe / Read a facility with history and tariffs")
    public FacilityDto get(@PathParam("id") long id) {
        return FacilityDto.of(facilities.get(caller, id), Problem.locale(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Aggiunge una struttura alla propria rete / Add a facility to the caller's network")
    public Response create(FacilityRequest body) {
        FacilityDto created = FacilityDto.of(facilities.create(caller, details(body)), Problem.locale(headers));
        return Response.created(URI.create("/api/network/facilities/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Modifica i dati di una propria struttura / Change the details of one's own facility")
    public FacilityDto update(@PathParam("id") long id, FacilityRequest body) {
        return FacilityDto.of(facilities.update(caller, id, details(body)), Problem.locale(headers));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Sospende, riattiva o chiude una struttura da una data / Suspend, reactivate or end a facility from a date")
    public FacilityDto changeStatus(@PathParam("id") long id, StatusRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return FacilityDto.of(facilities.changeStatus(caller, id, FacilityStatus.parse(body.status(), "status"),
                body.effectiveFrom(), body.reason()), Problem.locale(headers));
    }

    @GET
    @Path("{id}/tariffs")
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin", "claims-officer", "member",
            "auditor"})
    @Operation(summary = "Tariffe convenzionate di una struttura / Agreed tariffs of a facility")
    public List<TariffDto> tariffs(@PathParam("id") long id) {
        return facilities.get(caller, id).tariffs().stream().map(TariffDto::of).toList();
    }

    @POST
    @Path("{id}/tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Aggiunge una tariffa (validità non sovrapposta per la stessa prestazione) / Add a tariff (no overlapping validity for one service)")
    public Response addTariff(@PathParam("id") long id, TariffRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        TariffDto added = TariffDto.of(facilities.addTariff(caller, id, body.tariff()));
        return Response.created(URI.create("/api/network/facilities/" + id + "/tariffs/" + added.id())).entity(added)
                .build();
    }

    @POST
    @Path("{id}/tariffs/{tariffId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"national-admin", "regional-admin"})
    @Operation(summary = "Chiude una tariffa a una data / End a tariff on a date")
    public TariffDto closeTariff(@PathParam("id") long id, @PathParam("tariffId") long tariffId,
                                 CloseTariffRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return TariffDto.of(facilities.closeTariff(caller, id, tariffId, body.validTo()));
    }

    private FacilityDetails details(FacilityRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        return inputs.details(body.input(), body.cooperativeTenant());
    }
}
