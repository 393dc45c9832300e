package it.mutua.app.member.api;

import java.util.List;

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
import it.mutua.app.member.api.MemberViews.HistoryDto;
import it.mutua.app.member.api.MemberViews.MemberDetailDto;
import it.mutua.app.member.api.MemberViews.PeriodDto;
import it.mutua.app.member.api.MemberViews.RelativeDto;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.application.ParentReads;
import it.mutua.app.security.Caller;

/**
 * A parent (regional mutual, national office) reading a tenant's members: audited, 404 when not its descendant. A
 * federation's role is refused (403): it sees its cooperatives' figures only, never people.
 */
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
    EnrolmentService enrolments;
    @Inject
    Caller caller;

    @GET
    @Path("{fiscalCode}")
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Legge un socio di un ente sottostante (accesso registrato) / Read a member of a tenant below (audited)")
    public MemberDetailDto get(@PathParam("code") String code, @PathParam("fiscalCode") String fiscalCode) {
        return parentReads.read(caller, code, "member " + fiscalCode,
                () -> MemberViews.detail(members, enrolments, members.get(fiscalCode)));
    }

    @GET
    @Path("{fiscalCode}/history")
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Storico di un socio di un ente sottostante (accesso registrato) / History of a member below (audited)")
    public List<HistoryDto> history(@PathParam("code") String code, @PathParam("fiscalCode") String fiscalCode,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        MemberResource.checkPage(page, size);
        return parentReads.read(caller, code, "member history " + fiscalCode,
                () -> members.history(fiscalCode, page, size).stream().map(HistoryDto::of).toList());
    }

    @GET
    @Path("{fiscalCode}/family")
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Nucleo di un socio di un ente sottostante (accesso registrato) / Family of a member below (audited)")
    public List<RelativeDto> family(@PathParam("code") String code, @PathParam("fiscalCode") String fiscalCode) {
        return parentReads.read(caller, code, "member family " + fiscalCode,
                () -> MemberViews.family(members, enrolments, members.get(fiscalCode)));
    }

    @GET
    @Path("{fiscalCode}/enrolments")
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Coperture di un socio di un ente sottostante (accesso registrato) / Coverage of a member below (audited)")
    public List<PeriodDto> enrolments(@PathParam("code") String code, @PathParam("fiscalCode") String fiscalCode) {
        return parentReads.read(caller, code, "member enrolments " + fiscalCode,
                () -> MemberViews.periods(enrolments, members.get(fiscalCode)));
    }

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "coop-admin"})
    @Operation(summary = "Soci di un ente sottostante (accesso registrato) / Members of a tenant below (audited)")
    public PageDto<MemberDto> search(@PathParam("code") String code,
                                     @QueryParam("q") String text,
                                     @QueryParam("sort") @DefaultValue("familyName") String sort,
                                     @QueryParam("desc") @DefaultValue("false") boolean descending,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        MemberResource.checkPage(page, size);
        return parentReads.read(caller, code, "member search", () -> {
            var result = members.search(text, sort, descending, page, size);
            return new PageDto<>(result.items().stream().map(MemberDto::of).toList(), page, size, result.total());
        });
    }
}
