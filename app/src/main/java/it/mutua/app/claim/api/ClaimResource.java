package it.mutua.app.claim.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import it.mutua.app.claim.application.ClaimAttachments;
import it.mutua.app.claim.application.ClaimDecisions;
import it.mutua.app.claim.application.ClaimReads;
import it.mutua.app.claim.application.ClaimSubmission;
import it.mutua.app.claim.application.NewClaim;
import it.mutua.app.claim.domain.AttachmentType;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.problem.ProblemException;

/**
 * Claims: members submit and follow their own (and, as holders, their family's), claims officers work the queue and
 * decide. The cooperative administrator is let through the role check only to be answered 404, like a claim that
 * does not exist: the employer must not even learn whether claims exist (DESIGN §3).
 */
@Path("/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rimborsi / Claims")
@SecurityRequirement(name = "jwt")
public class ClaimResource {

    /** How much of a refused upload is read and discarded so the client can take the 413 (see {@link #drain}). */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    @Inject
    ClaimPrincipals principals;
    @Inject
    ClaimSubmission submission;
    @Inject
    ClaimReads reads;
    @Inject
    ClaimDecisions decisions;
    @Inject
    ClaimAttachments attachments;

    /** Body of a decision: outcome APPROVE, PARTLY_APPROVE or REJECT; for a partial approval, amounts by line. */
    public record DecisionRequest(String outcome, String reason, List<LineAmount> lines) {
    }

    public record LineAmount(int line, BigDecimal approved) {
    }

    public record ReopenRequest(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Presenta una richiesta di rimborso, giudicata subito / Submit a claim, adjudicated at once")
    public Response submit(NewClaim body) {
        var submitted = submission.submit(principals.current(), body);
        return Response.created(URI.create("/api/claims/" + submitted.claim().id())).entity(ClaimViews.of(submitted))
                .build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Le mie richieste (e del nucleo, per il titolare) / My claims (and my family's, for the holder)")
    public PageDto<ClaimViews.ClaimDto> mine(@QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("20") int size) {
        checkPaging(page, size);
        var result = reads.mine(principals.current(), page, size);
        return new PageDto<>(result.items().stream().map(ClaimViews::of).toList(), page, size, result.total());
    }

    @GET
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Coda delle richieste con filtri / Claims queue with filters")
    public PageDto<ClaimViews.ClaimDto> queue(@QueryParam("status") String status,
                                              @QueryParam("benefit") String benefit,
                                              @QueryParam("tenant") String tenant,
                                              @QueryParam("fiscalCode") String fiscalCode,
                                              @QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("50") int size) {
        checkPaging(page, size);
        var filter = new ClaimReads.QueueFilter(status == null || status.isBlank() ? null
                : parseStatus(status), benefit, tenant, fiscalCode, instant(from, "from"), instant(to, "to"));
        var result = reads.queue(principals.current(), filter, page, size);
        return new PageDto<>(result.items().stream().map(ClaimViews::of).toList(), page, size, result.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Una richiesta con righe, motivazioni, passaggi e allegati (accesso registrato) / A claim with lines, reasons, transitions and attachments (access logged)")
    public ClaimViews.ClaimDto get(@PathParam("id") long id) {
        return ClaimViews.of(reads.get(principals.current(), id));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Decide una richiesta in revisione / Decide a claim in review")
    public ClaimViews.ClaimDto decide(@PathParam("id") long id, DecisionRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        var who = principals.current().requireOfficer();
        ClaimDecisions.Outcome outcome = body.outcome() == null ? null : parseOutcome(body.outcome());
        Map<Integer, Money> amounts = new HashMap<>();
        if (body.lines() != null) {
            body.lines().forEach(l -> amounts.put(l.line(), new Money(l.approved() == null ? BigDecimal.ZERO
                    : l.approved())));
        }
        return ClaimViews.of(decisions.decide(who, id, outcome, body.reason(), amounts));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Riapre una richiesta decisa (ricorso) / Reopen a decided claim (appeal)")
    public ClaimViews.ClaimDto reopen(@PathParam("id") long id, ReopenRequest body) {
        return ClaimViews.of(decisions.reopen(principals.current(), id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Allega un file PDF, JPEG o PNG (max 10 MB) / Attach a PDF, JPEG or PNG file (max 10 MB)")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @HeaderParam("Content-Length") Long length, InputStream body) {
        var who = principals.current().requireClaimUser();
        if (length != null && length > AttachmentType.MAX_BYTES) {
            drain(body);
            throw tooLarge();
        }
        var info = attachments.upload(who, id, name, readBounded(body));
        return Response.created(URI.create("/api/claims/" + id + "/attachments/" + info.id()))
                .entity(ClaimViews.AttachmentDto.of(info)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Scarica un allegato (accesso registrato) / Download an attachment (access logged)")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        var content = attachments.read(principals.current(), id, attachmentId);
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + content.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}/access-log")
    @RolesAllowed({"claims-officer", "coop-admin"})
    @Operation(summary = "Chi ha letto questa richiesta / Who read this claim")
    public List<ClaimViews.AccessDto> accessLog(@PathParam("id") long id,
                                                @QueryParam("page") @DefaultValue("0") int page,
                                                @QueryParam("size") @DefaultValue("100") int size) {
        checkPaging(page, size);
        return reads.logOfClaim(principals.current(), id, page, size).stream().map(ClaimViews.AccessDto::of).toList();
    }

    @GET
    @Path("access-log/mine")
    @RolesAllowed({"member", "claims-officer", "coop-admin"})
    @Operation(summary = "Chi ha visto i miei dati sanitari / Who saw my health data")
    public List<ClaimViews.AccessDto> whoSawMine(@QueryParam("page") @DefaultValue("0") int page,
                                                 @QueryParam("size") @DefaultValue("100") int size) {
        checkPaging(page, size);
        return reads.whoSawMine(principals.current(), page, size).stream().map(ClaimViews.AccessDto::of).toList();
    }

    /** Reads at most 10 MB + 1 byte: a bigger body without a Content-Length is cut off and refused, never buffered. */
    static byte[] readBounded(InputStream in) {
        if (in == null) {
            throw RuleViolation.invalid("file", "claim.attachment.empty");
        }
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > AttachmentType.MAX_BYTES) {
                    drain(in);
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw RuleViolation.invalid("file", "claim.attachment.unreadable");
        }
        return out.toByteArray();
    }

    /**
     * Reads and discards the rest of a refused upload (up to {@link #DRAIN_LIMIT}) before answering. Why: answering
     * 413 while the client is still sending made the HTTP/2 (h2c) response write wait forever for a client blocked on
     * flow control, parking a server thread per upload; reading the body to its end lets the client take the answer.
     * Beyond the limit the connection is not worth saving and the answer goes out anyway.
     */
    static void drain(InputStream in) {
        if (in == null) {
            return;
        }
        byte[] sink = new byte[64 * 1024];
        long read = 0;
        try {
            int n;
            while (read < DRAIN_LIMIT && (n = in.read(sink)) > 0) {
                read += n;
            }
        } catch (IOException e) {
            // the client gave up: nothing left to protect
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "claim.attachment.tooLarge",
                AttachmentType.MAX_BYTES / (1024 * 1024));
    }

    static void checkPaging(int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.invalid("size", "request.size.range", 200);
        }
    }

    private static ClaimStatus parseStatus(String raw) {
        try {
            return ClaimStatus.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("status", "claim.value.unknown", raw);
        }
    }

    private static ClaimDecisions.Outcome parseOutcome(String raw) {
        try {
            return ClaimDecisions.Outcome.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("outcome", "claim.value.unknown", raw);
        }
    }

    private static OffsetDateTime instant(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolation.invalid(field, "claim.value.unknown", raw);
        }
    }
}
