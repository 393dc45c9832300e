package it.mutua.app.member.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.catalog.api.PageDto;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.member.application.DuplicateQuery;
import it.mutua.app.member.domain.IndexedEnrolment;

/** People covered through two tenants at once, for the national office (from the person index, no schema scan). */
@Path("/members/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Soci / Members")
@SecurityRequirement(name = "jwt")
public class DuplicateResource {

    @Inject
    DuplicateQuery duplicates;
    @Inject
    TenantRepository tenants;

    /** One enrolment of a duplicated person: where, in which role, when. */
    public record EnrolmentDto(String tenantCode, String role, String holderFiscalCode, String kind, String planCode,
                               LocalDate startDate, LocalDate endDate) {
    }

    /** A person with overlapping periods in two or more tenants. */
    public record DuplicateDto(String fiscalCode, List<EnrolmentDto> enrolments) {
    }

    @GET
    @RolesAllowed("national-admin")
    @Operation(summary = "Doppie adesioni tra cooperative / People enrolled through two tenants at once")
    public PageDto<DuplicateDto> list(@QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        MemberResource.checkPage(page, size);
        var result = duplicates.page(page, size);
        return new PageDto<>(result.items().stream().map(d -> new DuplicateDto(d.fiscalCode(),
                d.enrolments().stream().map(this::dto).toList())).toList(), page, size, result.total());
    }

    private EnrolmentDto dto(IndexedEnrolment e) {
        String code = tenants.findById(e.tenantId()).map(t -> t.code()).orElse(String.valueOf(e.tenantId()));
        return new EnrolmentDto(code, e.role().name(), e.holderFiscalCode(), e.kind().name(), e.planCode(),
                e.startDate(), e.endDate());
    }
}
