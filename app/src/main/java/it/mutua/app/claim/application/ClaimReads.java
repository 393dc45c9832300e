package it.mutua.app.claim.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.application.Page;
import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.domain.Transition;
import it.mutua.app.claim.persistence.AccessLogStore;
import it.mutua.app.claim.persistence.AttachmentStore;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.kernel.RuleViolation;

/**
 * Every read of claims, and the access log each read writes in the same national transaction (who, role, tenant,
 * whose data, what, when): a read that could not be logged does not happen.
 */
@ApplicationScoped
public class ClaimReads {

    /** A claim with its workflow history and its attachments' descriptions. */
    public record Details(Claim claim, List<Transition> transitions, List<AttachmentStore.Info> attachments) {
    }

    /** Filters of the officers' queue; null means any. */
    public record QueueFilter(ClaimStatus status, String benefit, String memberTenant, String fiscalCode,
                              OffsetDateTime submittedFrom, OffsetDateTime submittedTo) {
    }

    @Inject
    NationalScope national;
    @Inject
    ClaimStore store;
    @Inject
    AttachmentStore attachments;
    @Inject
    AccessLogStore log;
    @Inject
    TenantRepository tenants;

    public Details get(ClaimPrincipal who, long claimId) {
        who.requireClaimUser();
        return national.call(() -> {
            Claim claim = store.find(claimId, false).filter(c -> ClaimDecisions.visible(who, c))
                    .orElseThrow(() -> ClaimDecisions.notFound(claimId));
            log.append(List.of(entry(who, claim.memberFiscalCode(), "CLAIM", claim.id(), null)));
            return new Details(claim, store.transitions(claimId), attachments.ofClaim(claimId));
        });
    }

    /** The member's own claims and, for the holder of a family unit, the family's. */
    public Page<Claim> mine(ClaimPrincipal who, int page, int size) {
        who.requireClaimUser();
        if (!who.member()) {
            throw it.mutua.app.problem.ProblemException.forbidden("claim.member_only");
        }
        String self = who.memberFiscalCode().get();
        String where = " WHERE member_fiscal_code = ? OR holder_fiscal_code = ?";
        return national.call(() -> {
            List<Claim> items = store.list(where, List.of(self, self), page * size, size);
            var subjects = new LinkedHashMap<String, Boolean>();
            subjects.put(self, true);
            items.forEach(c -> subjects.put(c.memberFiscalCode(), true));
            log.append(subjects.keySet().stream().map(s -> entry(who, s, "HISTORY", null, "own claims page " + page))
                    .toList());
            return new Page<>(items, page, size, store.count(where, List.of(self, self)));
        });
    }

    public Page<Claim> queue(ClaimPrincipal who, QueueFilter filter, int page, int size) {
        who.requireOfficer();
        var where = new StringBuilder();
        var args = new ArrayList<Object>();
        if (filter.status() != null) {
            clause(where, "status = ?");
            args.add(filter.status().name());
        }
        if (filter.benefit() != null && !filter.benefit().isBlank()) {
            clause(where, "EXISTS (SELECT 1 FROM claim_line l WHERE l.claim_id = c.id AND l.benefit_code = ?)");
            args.add(filter.benefit().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.memberTenant() != null && !filter.memberTenant().isBlank()) {
            long id = tenants.findByCode(filter.memberTenant().strip().toLowerCase(Locale.ROOT)).map(t -> t.id())
                    .orElseThrow(() -> RuleViolation.invalid("tenant", "claim.memberTenant.unknown", filter.memberTenant()));
            clause(where, "member_tenant_id = ?");
            args.add(id);
        }
        if (filter.fiscalCode() != null && !filter.fiscalCode().isBlank()) {
            clause(where, "member_fiscal_code = ?");
            args.add(filter.fiscalCode().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.submittedFrom() != null) {
            clause(where, "submitted_at >= ?");
            args.add(filter.submittedFrom());
        }
        if (filter.submittedTo() != null) {
            clause(where, "submitted_at < ?");
            args.add(filter.submittedTo());
        }
        return national.call(() -> {
            List<Claim> items = store.list(where.toString(), args, page * size, size);
            log.append(items.stream().map(c -> entry(who, c.memberFiscalCode(), "QUEUE", c.id(), null)).toList());
            return new Page<>(items, page, size, store.count(where.toString(), args));
        });
    }

    /** Who saw the calling member's health data, newest first. */
    public List<AccessLogStore.Entry> whoSawMine(ClaimPrincipal who, int page, int size) {
        who.requireClaimUser();
        if (!who.member()) {
            throw it.mutua.app.problem.ProblemException.forbidden("claim.member_only");
        }
        return national.call(() -> log.ofSubject(who.memberFiscalCode().get(), page * size, size));
    }

    public List<AccessLogStore.Entry> logOfClaim(ClaimPrincipal who, long claimId, int page, int size) {
        who.requireOfficer();
        return national.call(() -> {
            store.find(claimId, false).orElseThrow(() -> ClaimDecisions.notFound(claimId));
            return log.ofClaim(claimId, page * size, size);
        });
    }

    static AccessLogStore.Entry entry(ClaimPrincipal who, String subject, String what, Long claimId, String detail) {
        return new AccessLogStore.Entry(who.username(), who.role(), who.caller().tenantId(), subject, what,
                Optional.ofNullable(claimId), Optional.ofNullable(detail), null);
    }

    private static void clause(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
    }
}
