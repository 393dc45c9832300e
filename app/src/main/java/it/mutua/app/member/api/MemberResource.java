package it.mutua.app.member.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import it.mutua.app.catalog.application.Page;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.api.MemberRequests.ConsentBody;
import it.mutua.app.member.api.MemberRequests.DateBody;
import it.mutua.app.member.api.MemberRequests.MemberBody;
import it.mutua.app.member.api.MemberViews.ConsentDto;
import it.mutua.app.member.api.MemberViews.HistoryDto;
import it.mutua.app.member.api.MemberViews.MemberDetailDto;
import it.mutua.app.member.api.MemberViews.PeriodDto;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.domain.Member;
import it.mutua.app.security.CurrentCaller;

/**
 * Members of the caller's own tenant: a cooperative's worker-members, a regional mutual's individual members.
 *
 * <p>Application-scoped: created once, not per request (per-request creation and injection was a tenth of a member
 * read's CPU at scale); who is calling comes from {@link CurrentCaller}, request by request.
 */
@Path("/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class MemberResource {

    static final String[] KEEPERS = {"coop-admin", "regional-admin"};

    @Inject
    MemberService members;
    @Inject
    EnrolmentService enrolments;
    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Registra un socio / Register a member",
            description = "400 invalid codice fiscale, IBAN or field; 422 birth date or sex disagreeing with the codice "
                    + "fiscale, or an end date before the hire date; 409 already registered. A worker hired while the "
                    + "cooperative adheres to a plan is enrolled from the hire date.")
    public Response register(MemberBody body) {
        MemberBody b = MemberRequests.required(body);
        Member m = members.register(new MemberService.NewMember(b.fiscalCode(), b.data()), caller.get().username());
        return Response.created(URI.create("/api/members/" + m.fiscalCode())).entity(MemberDto.of(m)).build();
    }

    @Transactional // one transaction for the whole view: the services join it (one borrow, one commit)
    @GET
    @Path("{fiscalCode}")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Legge un socio con famiglia, coperture e consensi / Read a member with family, coverage and consents")
    public MemberDetailDto get(@PathParam("fiscalCode") String fiscalCode) {
        return MemberViews.detail(members, enrolments, members.get(fiscalCode));
    }

    @PUT
    @Path("{fiscalCode}")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Aggiorna un socio (lo storico conserva le modifiche) / Update a member (history keeps the changes)")
    public MemberDto update(@PathParam("fiscalCode") String fiscalCode, MemberBody body) {
        return MemberDto.of(members.update(fiscalCode, MemberRequests.required(body).data(), caller.get().username()));
    }

    @POST
    @Path("{fiscalCode}/end")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Cessazione: il socio lascia la cooperativa, la copertura del nucleo termina / A member leaves: the family unit's coverage ends")
    public MemberDto end(@PathParam("fiscalCode") String fiscalCode, DateBody body) {
        return MemberDto.of(members.end(fiscalCode, MemberRequests.required(body).required(), caller.get().username()));
    }

    @GET
    @Path("{fiscalCode}/history")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Storico delle modifiche (chi, quando, cosa) / Change history (who, when, what)")
    public List<HistoryDto> history(@PathParam("fiscalCode") String fiscalCode,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        checkPage(page, size);
        return members.history(fiscalCode, page, size).stream().map(HistoryDto::of).toList();
    }

    @POST
    @Path("{fiscalCode}/consents")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Registra un consenso dato o revocato / Record a consent given or withdrawn")
    public Response consent(@PathParam("fiscalCode") String fiscalCode, ConsentBody body) {
        ConsentBody b = MemberRequests.required(body);
        return Response.status(Response.Status.CREATED)
                .entity(ConsentDto.of(members.consent(fiscalCode, b.purpose(), b.granted(), caller.get().username()))).build();
    }

    @GET
    @Path("{fiscalCode}/enrolments")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Periodi di copertura / Coverage periods")
    public List<PeriodDto> enrolments(@PathParam("fiscalCode") String fiscalCode) {
        return MemberViews.periods(enrolments, members.get(fiscalCode));
    }

    @GET
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Cerca soci per nome o codice fiscale / Search members by name or codice fiscale",
            description = "sort: familyName, givenName, fiscalCode, birthDate, createdAt; desc=true for descending")
    public PageDto<MemberDto> search(@QueryParam("q") String text,
                                     @QueryParam("sort") @DefaultValue("familyName") String sort,
                                     @QueryParam("desc") @DefaultValue("false") boolean descending,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        checkPage(page, size);
        Page<Member> result = members.search(text, sort, descending, page, size);
        return new PageDto<>(result.items().stream().map(MemberDto::of).toList(), page, size, result.total());
    }

    static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.invalid("size", "request.size.range", 200);
        }
    }
}
