package it.mutua.app.member.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.member.api.MemberRequests.DateBody;
import it.mutua.app.member.api.MemberRequests.RelativeBody;
import it.mutua.app.member.api.MemberViews.RelativeDto;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.application.FamilyService;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.domain.Member;
import it.mutua.app.security.Caller;

/** A worker-member's family: spouse or partner, children, other dependants. */
@Path("/members/{fiscalCode}/family")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class FamilyResource {

    @Inject
    FamilyService family;
    @Inject
    MemberService members;
    @Inject
    EnrolmentService enrolments;
    @Inject
    Caller caller;

    @Transactional // one transaction for the whole view: the services join it (one borrow, one commit)
    @GET
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Il nucleo familiare con le coperture / The family with coverage periods")
    public List<RelativeDto> list(@PathParam("fiscalCode") String holder) {
        return MemberViews.family(members, enrolments, members.get(holder));
    }

    @POST
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Aggiunge un familiare / Add a family member",
            description = "role: SPOUSE, CHILD, OTHER_DEPENDANT. Enrolled at once when the holder is covered; 422 when "
                    + "the plan does not cover the role at that age (e.g. a child older than the plan's bands).")
    public Response add(@PathParam("fiscalCode") String holder, RelativeBody body) {
        Member m = family.add(holder, MemberRequests.required(body).toRelative(), caller.username());
        return Response.created(URI.create("/api/members/" + m.fiscalCode()))
                .entity(new RelativeDto(MemberDto.of(m), MemberViews.periods(enrolments, m))).build();
    }

    @POST
    @Path("{relative}/end")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Il familiare esce dal nucleo: copertura fino alla data / A family member leaves the unit: covered until the date")
    public RelativeDto end(@PathParam("fiscalCode") String holder, @PathParam("relative") String relative,
                           DateBody body) {
        Member m = family.end(holder, relative, MemberRequests.required(body).required(), caller.username());
        return new RelativeDto(MemberDto.of(m), MemberViews.periods(enrolments, m));
    }
}
