package it.mutua.app.member.api;

import java.net.URI;
import java.time.LocalDate;

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
import it.mutua.app.catalog.application.Page;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.domain.Member;

/** Members of the caller's own tenant. */
@Path("/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class MemberResource {

    @Inject
    MemberService members;

    /** Body of POST /api/members; birthDate is optional and, when given, must agree with the codice fiscale. */
    public record RegisterMemberRequest(String fiscalCode, String givenName, String familyName, String email,
                                        LocalDate birthDate) {
    }

    @POST
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Registra un socio / Register a member")
    public Response register(RegisterMemberRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        Member m = members.register(new MemberService.NewMember(body.fiscalCode(), body.givenName(), body.familyName(),
                body.email(), body.birthDate()));
        return Response.created(URI.create("/api/members/" + m.fiscalCode())).entity(MemberDto.of(m)).build();
    }

    @GET
    @Path("{fiscalCode}")
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Legge un socio per codice fiscale / Read a member by codice fiscale")
    public MemberDto get(@PathParam("fiscalCode") String fiscalCode) {
        return MemberDto.of(members.get(fiscalCode));
    }

    @GET
    @RolesAllowed({"coop-admin", "regional-admin"})
    @Operation(summary = "Cerca soci per nome o codice fiscale / Search members by name or codice fiscale")
    public PageDto<MemberDto> search(@QueryParam("q") String text,
                                     @QueryParam("sort") @DefaultValue("familyName") String sort,
                                     @QueryParam("desc") @DefaultValue("false") boolean descending,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.invalid("size", "request.size.range", 200);
        }
        Page<Member> result = members.search(text, sort, descending, page, size);
        return new PageDto<>(result.items().stream().map(MemberDto::of).toList(), page, size, result.total());
    }
}
