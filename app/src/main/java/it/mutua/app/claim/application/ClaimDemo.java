package it.mutua.app.claim.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.TenantRepository;
import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.persistence.ClaimStore;
import it.mutua.app.network.application.FacilityHit;
import it.mutua.app.network.application.FacilitySearch;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/**
 * Demo claims of socio.demo (Mario Rossi, coop-arcobaleno) in several states, made through the same services as the
 * API: an out-of-network test paid in a SEPA batch, an SSN ticket approved, a costly visit at a cooperative provider of
 * the network in review (capped by the social federation's €800 ceiling), and an out-of-network visit rejected.
 * Loaded once: skipped when Mario already has claims.
 */
@ApplicationScoped
public class ClaimDemo {

    private static final Logger LOG = Logger.getLogger(ClaimDemo.class.getName());
    static final String MARIO = "RSSMRA85T10A562S";
    static final String IBAN = "IT60X0542811101000000123456";

    @Inject
    TenantRepository tenants;
    @Inject
    NationalScope national;
    @Inject
    ClaimStore store;
    @Inject
    ClaimSubmission submission;
    @Inject
    ClaimDecisions decisions;
    @Inject
    ClaimAttachments attachments;
    @Inject
    PaymentBatches batches;
    @Inject
    FacilitySearch search;

    public void load() {
        var coop = tenants.findByCode("coop-arcobaleno");
        if (coop.isEmpty() || tenants.national().isEmpty()) {
            return;
        }
        long existing = national.call(() -> store.count(" WHERE member_fiscal_code = ?", List.of(MARIO)));
        if (existing > 0) {
            return;
        }
        var mario = new ClaimPrincipal(new Caller("socio.demo", coop.get().id(), Set.of(Roles.MEMBER)),
                Optional.of(MARIO));
        var officer = new ClaimPrincipal(new Caller("liquidatore", national.nationalId(), Set.of(Roles.CLAIMS_OFFICER)),
                Optional.empty());
        int year = LocalDate.now().getYear();
        Claim test = settle(officer, submit(mario, "HIGH_SPECIALISATION_DIAGNOSTICS", "OUT_OF_NETWORK", null,
                "Centro Diagnostico Lombardo", LocalDate.of(year, 3, 10), "150.00", "CDL-2026-0310"), true);
        attachments.upload(mario, test.id(), "fattura-CDL-2026-0310.pdf",
                "%PDF-1.4\n% fattura dimostrativa\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        batches.confirmPaid(officer, batches.build(officer, "demo-batch-1", null).id());
        settle(officer, submit(mario, "HIGH_SPECIALISATION_DIAGNOSTICS", "SSN_TICKET", null, "ASST Santi Paolo e Carlo",
                LocalDate.of(year, 5, 5), "36.15", "TICKET-5521"), true);
        cooperativeProvider(mario).ifPresent(f -> submit(mario, "SPECIALIST_VISITS", null, Long.toString(f.id()),
                f.name(), LocalDate.of(year, 6, 20), "1300.00", "PC-2026-118"));
        settle(officer, submit(mario, "SPECIALIST_VISITS", "OUT_OF_NETWORK", null, "Studio privato",
                LocalDate.of(year, 7, 2), "120.00", "SP-77"), false);
        LOG.info("Demo claims of socio.demo loaded (paid, approved, in review, rejected)");
    }

    private Claim submit(ClaimPrincipal who, String benefit, String regime, String facility, String provider,
                         LocalDate date, String amount, String invoice) {
        return submission.submit(who, new NewClaim(null, null, IBAN, "Mario Rossi", List.of(new NewClaim.Line(benefit,
                facility, provider, regime, date, new BigDecimal(amount), invoice, date, null, null)))).claim();
    }

    /** A cooperative provider of Mario's network (the demo network is loaded before the claims). */
    private Optional<FacilityHit> cooperativeProvider(ClaimPrincipal mario) {
        var query = new FacilitySearch.Query(null, null, null, null, null, true, null, null, null, null, null, null,
                false, 0, 1);
        return search.search(mario.caller(), query).items().stream().map(FacilitySearch.OwnedHit::hit).findFirst();
    }

    /** A demo claim that sampling sent to review is decided as the demo wants it. */
    private Claim settle(ClaimPrincipal officer, Claim claim, boolean approve) {
        if (claim.status() != ClaimStatus.IN_REVIEW) {
            return claim;
        }
        return decisions.decide(officer, claim.id(), approve ? ClaimDecisions.Outcome.APPROVE
                : ClaimDecisions.Outcome.REJECT, approve ? null : "regime non coperto dalla garanzia", Map.of());
    }
}
