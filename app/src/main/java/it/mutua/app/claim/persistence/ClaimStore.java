package it.mutua.app.claim.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.claim.domain.Claim;
import it.mutua.app.claim.domain.ClaimLine;
import it.mutua.app.claim.domain.ClaimStatus;
import it.mutua.app.claim.domain.Transition;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;

/** Claims, lines and transitions in the national schema (the tenant in context when these run). */
@ApplicationScoped
public class ClaimStore {

    private static final String CLAIM_COLUMNS = "id, member_fiscal_code, holder_fiscal_code, member_tenant_id, "
            + "plan_code, status, requested, reimbursed, iban, payee_name, sampled_because, decision_reason, "
            + "pre_authorisation_id, payment_batch_id, submitted_by, submitted_at";

    @Inject
    Sql sql;

    /**
     * Inserts a claim and its lines (their ids in the given records are ignored); returns the claim as stored, with
     * its id and submission time, so the caller can answer without reading it back.
     */
    public Claim insert(Claim claim, String submittedRole) {
        return sql.work(c -> {
            long id;
            OffsetDateTime at;
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO claim (member_fiscal_code, holder_fiscal_code, "
                            + "member_tenant_id, plan_code, status, requested, reimbursed, iban, payee_name, "
                            + "sampled_because, decision_reason, pre_authorisation_id, submitted_by, submitted_role) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, submitted_at",
                    claim.memberFiscalCode(), claim.holderFiscalCode(), claim.memberTenantId(), claim.planCode(),
                    claim.status(), claim.requested(), claim.reimbursed(), claim.iban().orElse(null),
                    claim.payeeName(), claim.sampledBecause().orElse(null), claim.decisionReason().orElse(null),
                    claim.preAuthorisationId().orElse(null), claim.submittedBy(), submittedRole);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                at = rs.getObject(2, OffsetDateTime.class);
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_LINE)) {
                addLines(ps, id, claim);
                ps.executeBatch();
            }
            return stored(claim, id, at);
        });
    }

    /**
     * Inserts many claims with their lines and opening transitions in three JDBC batches: ids are drawn from the
     * claim sequence first (one query), so lines and transitions can name their claim without a round trip per claim.
     * Returns the claims as stored, in the given order.
     */
    public List<Claim> insertAll(List<Claim> claims, String submittedRole, List<List<Opening>> openings) {
        return sql.work(c -> {
            var ids = new ArrayList<Long>();
            OffsetDateTime at = null;
            try (PreparedStatement ps = Sql.bind(c, "SELECT nextval(pg_get_serial_sequence('claim', 'id')), now() "
                    + "FROM generate_series(1, ?)", claims.size()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    at = rs.getObject(2, OffsetDateTime.class);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim (id, member_fiscal_code, "
                    + "holder_fiscal_code, member_tenant_id, plan_code, status, requested, reimbursed, iban, payee_name, "
                    + "sampled_because, decision_reason, pre_authorisation_id, submitted_by, submitted_role) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < claims.size(); i++) {
                    Claim claim = claims.get(i);
                    Sql.bindAll(ps, ids.get(i), claim.memberFiscalCode(), claim.holderFiscalCode(),
                            claim.memberTenantId(), claim.planCode(), claim.status(), claim.requested(),
                            claim.reimbursed(), claim.iban().orElse(null), claim.payeeName(),
                            claim.sampledBecause().orElse(null), claim.decisionReason().orElse(null),
                            claim.preAuthorisationId().orElse(null), claim.submittedBy(), submittedRole);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_LINE)) {
                for (int i = 0; i < claims.size(); i++) {
                    addLines(ps, ids.get(i), claims.get(i));
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_TRANSITION)) {
                for (int i = 0; i < claims.size(); i++) {
                    for (Opening o : openings.get(i)) {
                        Sql.bindAll(ps, ids.get(i), o.from(), o.to(), o.actor(), o.role(), o.note());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            var stored = new ArrayList<Claim>();
            for (int i = 0; i < claims.size(); i++) {
                stored.add(stored(claims.get(i), ids.get(i), at));
            }
            return stored;
        });
    }

    /** A step of the workflow to record with a new claim. */
    public record Opening(ClaimStatus from, ClaimStatus to, String actor, String role, String note) {
    }

    /**
     * Records a new claim's opening steps in one statement and returns them as stored (with their timestamps), so
     * the submission can answer without reading them back.
     */
    public List<Transition> open(long claimId, List<Opening> steps) {
        return sql.work(c -> {
            var values = String.join(", ", java.util.Collections.nCopies(steps.size(), "(?, ?, ?, ?, ?, ?)"));
            var args = new ArrayList<Object>();
            for (Opening o : steps) {
                args.addAll(java.util.Arrays.asList(claimId, o.from(), o.to(), o.actor(), o.role(), o.note()));
            }
            var result = new ArrayList<Transition>();
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO claim_transition (claim_id, from_status, to_status, "
                    + "actor, actor_role, note) VALUES " + values + " RETURNING from_status, to_status, actor, "
                    + "actor_role, at, note", args.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(transition(rs));
                }
            }
            result.sort(java.util.Comparator.comparing(Transition::at));
            return result;
        });
    }

    private static final String INSERT_LINE = "INSERT INTO claim_line (claim_id, line_no, benefit_code, "
            + "benefit_area, vincolata, facility_ref, provider_text, regime, service_date, invoiced, "
            + "invoice_number, invoice_date, waiting_cause, sub_ceiling, reimbursable, approved, reasons) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TRANSITION = "INSERT INTO claim_transition (claim_id, from_status, to_status, "
            + "actor, actor_role, note) VALUES (?, ?, ?, ?, ?, ?)";

    private static void addLines(PreparedStatement ps, long id, Claim claim) throws SQLException {
        for (ClaimLine l : claim.lines()) {
            Sql.bindAll(ps, id, l.lineNo(), l.benefitCode(), l.benefitArea(), l.vincolata(),
                    l.facilityRef().orElse(null), l.providerText().orElse(null), l.regime(), l.serviceDate(),
                    l.invoiced(), l.invoiceNumber(), l.invoiceDate(), l.cause(), l.subCeiling().orElse(null),
                    l.reimbursable(), l.approved(), ReasonsJson.write(l.reasons()));
            ps.addBatch();
        }
    }

    private static Claim stored(Claim c, long id, OffsetDateTime at) {
        return new Claim(id, c.memberFiscalCode(), c.holderFiscalCode(), c.memberTenantId(), c.planCode(),
                c.status(), c.requested(), c.reimbursed(), c.iban(), c.payeeName(), c.sampledBecause(),
                c.decisionReason(), c.preAuthorisationId(), c.paymentBatchId(), c.submittedBy(), at, c.lines());
    }

    /** Records a step of the workflow; several steps of one request get increasing timestamps. */
    public void transition(long claimId, ClaimStatus from, ClaimStatus to, String actor, String role, String note) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO claim_transition (claim_id, from_status, to_status, "
                    + "actor, actor_role, note) VALUES (?, ?, ?, ?, ?, ?)", claimId, from, to, actor, role, note)) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The claim, locked for update when {@code forUpdate} (decisions, reopening, payment). */
    public Optional<Claim> find(long id, boolean forUpdate) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT " + CLAIM_COLUMNS + " FROM claim WHERE id = ?"
                    + (forUpdate ? " FOR UPDATE" : ""), id); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(claim(rs, lines(c, id)));
            }
        });
    }

    /** Claims matching a WHERE clause over {@code claim c}, newest first, without their lines' reasons trimmed. */
    public List<Claim> list(String where, List<Object> args, int offset, int limit) {
        return sql.work(c -> {
            var claims = new ArrayList<Claim>();
            String query = "SELECT " + CLAIM_COLUMNS + " FROM claim c" + where + " ORDER BY id DESC OFFSET ? LIMIT ?";
            var all = new ArrayList<>(args);
            all.add(offset);
            all.add(limit);
            try (PreparedStatement ps = Sql.bind(c, query, all.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(claim(rs, List.of()));
                }
            }
            var withLines = new ArrayList<Claim>();
            for (Claim claim : claims) {
                withLines.add(withLines(claim, lines(c, claim.id())));
            }
            return withLines;
        });
    }

    public long count(String where, List<Object> args) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT count(*) FROM claim c" + where, args.toArray());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** After a decision or a re-adjudication: status, totals, reason and every line's amounts and reasons. */
    public void update(Claim claim) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "UPDATE claim SET status = ?, reimbursed = ?, decision_reason = ?, "
                            + "sampled_because = ?, payment_batch_id = ?, updated_at = now(), row_version = row_version + 1 "
                            + "WHERE id = ?", claim.status(), claim.reimbursed(), claim.decisionReason().orElse(null),
                    claim.sampledBecause().orElse(null), claim.paymentBatchId().orElse(null), claim.id())) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE claim_line SET reimbursable = ?, approved = ?, "
                    + "reasons = ?, benefit_area = ?, vincolata = ? WHERE id = ?")) {
                for (ClaimLine l : claim.lines()) {
                    Sql.bindAll(ps, l.reimbursable(), l.approved(), ReasonsJson.write(l.reasons()), l.benefitArea(),
                            l.vincolata(), l.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<Transition> transitions(long claimId) {
        return sql.work(c -> {
            var result = new ArrayList<Transition>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT from_status, to_status, actor, actor_role, at, note "
                    + "FROM claim_transition WHERE claim_id = ? ORDER BY id", claimId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(transition(rs));
                }
            }
            return result;
        });
    }

    private static Transition transition(ResultSet rs) throws SQLException {
        return new Transition(Optional.ofNullable(rs.getString(1)).map(ClaimStatus::valueOf),
                ClaimStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), Optional.ofNullable(rs.getString(6)));
    }

    private static List<ClaimLine> lines(Connection c, long claimId) throws SQLException {
        var lines = new ArrayList<ClaimLine>();
        try (PreparedStatement ps = Sql.bind(c, "SELECT id, line_no, benefit_code, benefit_area, vincolata, facility_ref, "
                + "provider_text, regime, service_date, invoiced, invoice_number, invoice_date, waiting_cause, "
                + "sub_ceiling, reimbursable, approved, reasons FROM claim_line WHERE claim_id = ? ORDER BY line_no",
                claimId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(new ClaimLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                        ProviderRegime.valueOf(rs.getString(8)), rs.getDate(9).toLocalDate(),
                        new Money(rs.getBigDecimal(10)), rs.getString(11), rs.getDate(12).toLocalDate(),
                        WaitingCause.valueOf(rs.getString(13)), Optional.ofNullable(rs.getString(14)),
                        new Money(rs.getBigDecimal(15)), new Money(rs.getBigDecimal(16)),
                        ReasonsJson.read(rs.getString(17))));
            }
        }
        return lines;
    }

    private static Claim claim(ResultSet rs, List<ClaimLine> lines) throws SQLException {
        return new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                ClaimStatus.valueOf(rs.getString(6)), new Money(rs.getBigDecimal(7)), new Money(rs.getBigDecimal(8)),
                Optional.ofNullable(rs.getString(9)), rs.getString(10), Optional.ofNullable(rs.getString(11)),
                Optional.ofNullable(rs.getString(12)), Optional.ofNullable((Long) rs.getObject(13)),
                Optional.ofNullable((Long) rs.getObject(14)), rs.getString(15),
                rs.getObject(16, OffsetDateTime.class), lines);
    }

    private static Claim withLines(Claim c, List<ClaimLine> lines) {
        return new Claim(c.id(), c.memberFiscalCode(), c.holderFiscalCode(), c.memberTenantId(), c.planCode(),
                c.status(), c.requested(), c.reimbursed(), c.iban(), c.payeeName(), c.sampledBecause(),
                c.decisionReason(), c.preAuthorisationId(), c.paymentBatchId(), c.submittedBy(), c.submittedAt(), lines);
    }
}
