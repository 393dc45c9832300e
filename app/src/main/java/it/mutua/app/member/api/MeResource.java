package it.mutua.app.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.member.api.MemberViews.MemberDetailDto;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.problem.ProblemException;

/** A member reading their own record, family and coverage: the token's {@code member} claim, nobody else. */
@Path("/members/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class MeResource {

    @Inject
    MemberService members;
    @Inject
    EnrolmentService enrolments;
    @Inject
    JsonWebToken jwt;

    @Transactional // one transaction for the whole view: the services join it (one borrow, one commit)
    @GET
    @RolesAllowed("member")
    @Operation(summary = "I miei dati, il mio nucleo e le coperture / My record, family and coverage")
    public MemberDetailDto me() {
        String self = CoverageResource.memberClaim(jwt);
        if (self == null || self.isBlank()) {
            throw ProblemException.notFound("member.not_found", "");
        }
        return MemberViews.detail(members, enrolments, members.get(self));
    }
}
