package it.mutua.app.claim.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.claim.application.ClaimBatchRefused;
import it.mutua.app.claim.application.ClaimBatchSubmission;
import it.mutua.app.claim.application.NewClaimBatch;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.Messages;
import it.mutua.app.problem.Problem;
import it.mutua.app.problem.Violation;

/**
 * Claims in batches: the national office keys in, or receives, many claims at once (e.g. a facility's monthly billing
 * of direct-network services). All or nothing: one refused claim refuses the batch, and the answer lists every
 * refused claim by its position. Claims officers only; the cooperative administrator gets 404 like everywhere in
 * claims (health data), a member 403 like on the other officer endpoints.
 */
@Path("/claims/batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rimborsi / Claims")
@SecurityRequirement(name = "jwt")
public class ClaimBatchResource {

    @Inject
    ClaimPrincipals principals;
    @Inject
    ClaimBatchSubmission batches;
    @Context
    HttpHeaders headers;

    /** One claim of the batch as stored: its position in the request, id, outcome and amounts. */
    public record SubmittedDto(int index, long id, String status, String fiscalCode, String sampledBecause,
                               String requested, String reimbursable, String approved) {
        static SubmittedDto of(int index, Claim c) {
            return new SubmittedDto(index, c.id(), c.status().name(), c.memberFiscalCode(),
                    c.sampledBecause().orElse(null), ClaimViews.euros(c.requested()), ClaimViews.euros(c.reimbursed()),
                    ClaimViews.euros(c.approved()));
        }
    }

    public record BatchDto(int count, List<SubmittedDto> claims) {
    }

    /** Why claim {@code index} was refused: the field inside that claim, the stable code and a message. */
    public record RefusalDto(int index, String field, String code, String message) {
    }

    /** The usual problem body, plus the refusals by claim. */
    public record RefusedDto(int status, String code, String message, List<Violation> violations,
                             List<RefusalDto> errors) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Presenta fino a 500 richieste di rimborso in un colpo solo, tutte o nessuna / Submit up to "
            + "500 claims at once, all or nothing")
    @APIResponse(responseCode = "201", description = "Tutte registrate e giudicate / All stored and adjudicated")
    @APIResponse(responseCode = "400", description = "Nessuna registrata: gli errori per posizione / None stored: the "
            + "errors by position")
    @APIResponse(responseCode = "413", description = "Più di 500 richieste / More than 500 claims")
    public Response submit(NewClaimBatch body) {
        try {
            List<Claim> stored = batches.submit(principals.current(), body);
            var claims = new ArrayList<SubmittedDto>();
            for (int i = 0; i < stored.size(); i++) {
                claims.add(SubmittedDto.of(i, stored.get(i)));
            }
            return Response.status(Response.Status.CREATED).entity(new BatchDto(claims.size(), claims)).build();
        } catch (ClaimBatchRefused e) {
            return refused(e, Problem.locale(headers));
        }
    }

    static Response refused(ClaimBatchRefused e, Locale locale) {
        var errors = new ArrayList<RefusalDto>();
        var violations = new ArrayList<Violation>();
        int status = 400;
        for (var r : e.refusals()) {
            RefusalDto dto = switch (r.cause()) {
                case RuleViolation v -> new RefusalDto(r.index(), v.field(), v.code(),
                        Messages.text(locale, v.code(), v.args()));
                case InvalidValueException v -> new RefusalDto(r.index(), Violation.jsonName(v.field()), v.code(),
                        v.message(locale));
                default -> new RefusalDto(r.index(), null, "request.invalid", r.cause().getMessage());
            };
            if (r == e.refusals().getFirst() && r.cause() instanceof RuleViolation v
                    && v.kind() == RuleViolation.Kind.UNPROCESSABLE) {
                status = 422;
            }
            errors.add(dto);
            violations.add(new Violation("claims[" + r.index() + "]" + (dto.field() == null ? "" : "." + dto.field()),
                    dto.message()));
        }
        var body = new RefusedDto(status, "claim.batch.refused",
                Messages.text(locale, "claim.batch.refused", errors.size()), violations, errors);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
