package it.mutua.app.member.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.api.PageDto;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.application.ParentReads;
import it.mutua.app.security.Caller;

/** A parent (regional mutual, national office) reading a tenant's members: audited, 404 when not its descendant. */
@Path("/tenants/{code}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class ChildMemberResource {

    @Inject
    ParentReads parentReads;
    @Inject
    MemberService members;
    @Inject
    Caller caller;

    @GET
    @Path("{fiscalCode}")
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Legge un socio di un ente sottostante (accesso registrato) / Read a member of a tenant below (audited)")
    public MemberDto get(@PathParam("code") String code, @PathParam("fiscalCode") String fiscalCode) {
        return parentReads.read(caller, code, "member " + fiscalCode, () -> MemberDto.of(members.get(fiscalCode)));
    }

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Soci di un ente sottostante (accesso registrato) / Members of a tenant below (audited)")
    public PageDto<MemberDto> search(@PathParam("code") String code,
                                     @QueryParam("q") String text,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.invalid("size", "request.size.range", 200);
        }
        return parentReads.read(caller, code, "member search", () -> {
            var result = members.search(text, "familyName", false, page, size);
            return new PageDto<>(result.items().stream().map(MemberDto::of).toList(), page, size, result.total());
        });
    }
}
