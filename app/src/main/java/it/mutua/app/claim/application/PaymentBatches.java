package it.mutua.app.claim.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.persistence.BatchStore;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.problem.ProblemException;

/**
 * Payment batches: approved claims not yet in a batch, with their SEPA file, built in ONE national transaction (the
 * batch row, its file and the claims' batch id commit together; a kill -9 half-way leaves nothing), keyed by the
 * caller's request key (a retry returns the same batch), and confirmed paid once (claims move to PAID, figures
 * count them; confirming again changes nothing).
 * <p>
 * Why a crash cannot pay anyone twice (ADR 0018): everything a build writes (the batch row with its SEPA file, each
 * claim's {@code payment_batch_id}, the audit event) is in that one transaction, and the file is only ever read back
 * from the committed row, never written anywhere else; a claim joins a batch only while its id is still empty, so no
 * claim is in two batches. A server killed before the commit leaves nothing (PostgreSQL rolls back when the
 * connection drops) and the retry, with the same key or a new one, builds the batch afresh; killed after it, the
 * retry with the same key finds the committed batch. The integration test PaymentBatchCrashIT kills the IT server at
 * the worst moment (everything written, commit pending) to prove it.
 */
@ApplicationScoped
public class PaymentBatches {

    static final int MAX_CLAIMS = 5_000;

    @Inject
    NationalScope national;
    @Inject
    BatchStore batches;
    @Inject
    ClaimStore claims;
    @Inject
    AuditLog audit;
    @Inject
    ClaimFigures figures;

    @Inject
    @ConfigProperty(name = "mutua.sepa.debtor.name", defaultValue = "Mutua Sanitaria Nazionale della Cooperazione")
    String debtorName;
    @Inject
    @ConfigProperty(name = "mutua.sepa.debtor.iban", defaultValue = "IT60X0542811101000000123456")
    String debtorIban;
    @Inject
    @ConfigProperty(name = "mutua.sepa.debtor.bic", defaultValue = " ")
    String debtorBic;

    public BatchStore.Batch build(ClaimPrincipal who, String requestKey, LocalDate execution) {
        who.requireOfficer();
        String key = requestKey == null || requestKey.isBlank() ? UUID.randomUUID().toString() : requestKey.strip();
        if (key.length() > 80) {
            throw RuleViolation.invalid("Idempotency-Key", "claim.batch.keyTooLong", 80);
        }
        LocalDate when = execution == null ? LocalDate.now().plusDays(1) : execution;
        if (when.isBefore(LocalDate.now())) {
            throw RuleViolation.invalid("executionDate", "claim.batch.executionPast", when);
        }
        return national.call(() -> {
            batches.lockRequestKey(key);
            Optional<BatchStore.Batch> existing = batches.byKey(key);
            if (existing.isPresent()) {
                return existing.get();
            }
            List<Long> ids = batches.lockPayable(MAX_CLAIMS);
            if (ids.isEmpty()) {
                throw RuleViolation.conflict("claim.batch.nothingToPay");
            }
            long id = batches.nextId();
            String messageId = "MUTUA-" + LocalDate.now().toString().replace("-", "") + "-" + id;
            var transfers = new ArrayList<SepaFile.Transfer>();
            for (Long claimId : ids) {
                Claim c = claims.find(claimId, false).orElseThrow();
                transfers.add(new SepaFile.Transfer(c.id(), c.payeeName(), c.iban().orElseThrow(), c.approved()));
            }
            Money total = transfers.stream().map(SepaFile.Transfer::amount).reduce(Money.ZERO, Money::plus);
            String xml = SepaFile.write(messageId, OffsetDateTime.now(), when,
                    new SepaFile.Debtor(debtorName, debtorIban, debtorBic.strip()), transfers);
            batches.insert(id, key, messageId, ids.size(), total, when, xml, who.username(), ids);
            audit.record(who.username(), who.caller().tenantId(), "CLAIM_BATCH_BUILT", national.nationalId(),
                    "batch " + id + " " + ids.size() + " claims " + total);
            return batches.find(id, false).orElseThrow();
        });
    }

    public List<BatchStore.Batch> recent(ClaimPrincipal who) {
        who.requireOfficer();
        return national.call(() -> batches.recent(50));
    }

    public BatchStore.Batch get(ClaimPrincipal who, long id) {
        who.requireOfficer();
        return national.call(() -> batches.find(id, false).orElseThrow(() -> notFound(id)));
    }

    public String sepaXml(ClaimPrincipal who, long id) {
        who.requireOfficer();
        return national.call(() -> {
            batches.find(id, false).orElseThrow(() -> notFound(id));
            return batches.xml(id);
        });
    }

    /** The bank executed the file: every claim of the batch is PAID. Idempotent. */
    public BatchStore.Batch confirmPaid(ClaimPrincipal who, long id) {
        who.requireOfficer();
        return national.call(() -> {
            BatchStore.Batch batch = batches.find(id, true).orElseThrow(() -> notFound(id));
            if ("PAID".equals(batch.status())) {
                return batch;
            }
            for (Long claimId : batches.claimsOf(id)) {
                Claim claim = claims.find(claimId, true).orElseThrow();
                Claim paid = claim.moveTo(ClaimStatus.PAID, Optional.empty());
                claims.update(paid);
                claims.transition(claimId, claim.status(), ClaimStatus.PAID, who.username(), who.role(),
                        "batch " + id);
                figures.paid(paid);
            }
            batches.markPaid(id, who.username());
            audit.record(who.username(), who.caller().tenantId(), "CLAIM_BATCH_PAID", national.nationalId(),
                    "batch " + id + " " + batch.claimCount() + " claims " + batch.total());
            return batches.find(id, false).orElseThrow();
        });
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("claim.batch.not_found", id);
    }
}
