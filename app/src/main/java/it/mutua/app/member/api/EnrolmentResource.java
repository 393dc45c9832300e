package it.mutua.app.member.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.member.api.MemberRequests.EnrolmentBody;
import it.mutua.app.member.api.MemberViews.PeriodDto;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.domain.CollectiveAdhesion;
import it.mutua.app.security.Caller;

/** Collective adhesion of the caller's cooperative, and a regional mutual's individual enrolment. */
@Path("/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adesioni / Enrolment")
@SecurityRequirement(name = "jwt")
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;
    @Inject
    MemberService members;
    @Inject
    Caller caller;

    /** A collective adhesion. */
    public record AdhesionDto(long id, String planCode, java.time.LocalDate startDate, java.time.LocalDate endDate) {
        static AdhesionDto of(CollectiveAdhesion a) {
            return new AdhesionDto(a.id(), a.planCode(), a.startDate(), a.endDate());
        }
    }

    /** What an adhesion did: how many people were enrolled, how many family members the plan does not cover. */
    public record AdhesionResultDto(AdhesionDto adhesion, int enrolled, int notEligible) {
    }

    @POST
    @Path("collective")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Adesione collettiva al piano da una data / Collective adhesion to the plan from a date",
            description = "Every worker employed then (or hired later) is enrolled from the later of the date and the "
                    + "hire date, with the family members the plan covers. 409 while an adhesion is open; 422 when the "
                    + "plan is not in force for the cooperative on that date.")
    public Response adhere(EnrolmentBody body) {
        EnrolmentBody b = MemberRequests.required(body);
        var result = enrolments.adhere(b.planCode(), b.from(), caller.username());
        return Response.status(Response.Status.CREATED).entity(new AdhesionResultDto(AdhesionDto.of(result.adhesion()),
                result.enrolled(), result.notEligible())).build();
    }

    @GET
    @Path("collective")
    @RolesAllowed("coop-admin")
    @Operation(summary = "Le adesioni collettive della cooperativa / The cooperative's collective adhesions")
    public List<AdhesionDto> adhesions() {
        return enrolments.adhesions().stream().map(AdhesionDto::of).toList();
    }

    @POST
    @Path("individual")
    @RolesAllowed("regional-admin")
    @Operation(summary = "Adesione individuale volontaria (mutua regionale) / Voluntary individual enrolment (regional mutual)",
            description = "The person must first be registered with POST /api/members by the regional mutual.")
    public Response enrolIndividually(EnrolmentBody body) {
        EnrolmentBody b = MemberRequests.required(body);
        var period = enrolments.enrolIndividually(members.get(b.fiscalCode()), b.planCode(), b.from(),
                caller.username());
        return Response.status(Response.Status.CREATED).entity(PeriodDto.of(period)).build();
    }
}
