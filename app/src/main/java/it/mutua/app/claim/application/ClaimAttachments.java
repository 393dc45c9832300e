package it.mutua.app.claim.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.AttachmentType;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.persistence.AccessLogStore;
import it.mutua.app.claim.persistence.AttachmentStore;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.ProblemException;

/** Attachments of a claim: checked by content and size before anything is stored; reading one is logged. */
@ApplicationScoped
public class ClaimAttachments {

    /** An attachment's bytes and how to serve them. */
    public record Content(String fileName, String mediaType, byte[] bytes) {
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
    AuditLog audit;

    public AttachmentStore.Info upload(ClaimPrincipal who, long claimId, String fileName, byte[] content) {
        who.requireClaimUser();
        String name = fileName == null || fileName.isBlank() ? "allegato" : fileName.strip();
        if (name.length() > 200 || name.codePoints().anyMatch(Character::isISOControl)) {
            throw RuleViolation.invalid("name", "claim.attachment.name");
        }
        AttachmentType type = AttachmentType.check(content);
        String sha256 = sha256(content);
        return national.call(() -> {
            Claim claim = store.find(claimId, false).filter(c -> ClaimDecisions.visible(who, c))
                    .orElseThrow(() -> ClaimDecisions.notFound(claimId));
            long id = attachments.insert(claim.id(), name, type.mediaType(), content, sha256, who.username());
            audit.record(who.username(), who.caller().tenantId(), "CLAIM_ATTACHMENT_ADDED", claim.memberTenantId(),
                    "claim " + claimId + " attachment " + id + " sha256 " + sha256);
            return attachments.ofClaim(claimId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        });
    }

    public Content read(ClaimPrincipal who, long claimId, long attachmentId) {
        who.requireClaimUser();
        return national.call(() -> {
            Claim claim = store.find(claimId, false).filter(c -> ClaimDecisions.visible(who, c))
                    .orElseThrow(() -> ClaimDecisions.notFound(claimId));
            var info = attachments.ofClaim(claimId).stream().filter(a -> a.id() == attachmentId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("claim.attachment.not_found", attachmentId));
            byte[] bytes = attachments.content(claimId, attachmentId).orElseThrow();
            log.append(List.of(ClaimReads.entry(who, claim.memberFiscalCode(), "ATTACHMENT", claimId,
                    "attachment " + attachmentId)));
            return new Content(info.fileName(), info.mediaType(), bytes);
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
