package it.mutua.app.claim.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.plan.domain.Money;

/** Payment batches of the national schema, and the claims they pay. */
@ApplicationScoped
public class BatchStore {

    /** A batch without its file. */
    public record Batch(long id, String requestKey, String messageId, String status, int claimCount, Money total,
                        LocalDate executionDate, String createdBy, OffsetDateTime createdAt,
                        Optional<OffsetDateTime> paidAt) {
    }

    private static final String COLUMNS = "id, request_key, message_id, status, claim_count, total, execution_date, "
            + "created_by, created_at, paid_at";

    @Inject
    Sql sql;

    /** The advisory-lock namespace of batch request keys (two-int form, apart from every one-bigint lock). */
    static final int KEY_LOCK_SPACE = 0x4d42; // "MB"

    /**
     * Serialises builds carrying the same request key until this transaction ends (commit, rollback, or the
     * connection dropped by a killed server): a retry sent while the first request is still running waits for it and
     * then finds its batch, instead of racing it for the claims or tripping over the key's unique constraint.
     */
    public void lockRequestKey(String requestKey) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT pg_advisory_xact_lock(?, hashtext(?))", KEY_LOCK_SPACE,
                    requestKey); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return null;
            }
        });
    }

    public long nextId() {
        return sql.work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval(pg_get_serial_sequence('payment_batch', 'id'))");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Ids of claims ready to pay and not in any batch, locked; SKIP LOCKED so two officers building at once split the
     * claims instead of waiting, and never take the same one.
     */
    public List<Long> lockPayable(int limit) {
        return sql.work(c -> {
            var ids = new ArrayList<Long>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT id FROM claim WHERE status IN ('APPROVED','PARTLY_APPROVED') "
                    + "AND payment_batch_id IS NULL AND reimbursed > 0 AND iban IS NOT NULL ORDER BY id LIMIT ? "
                    + "FOR UPDATE SKIP LOCKED", limit); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    public void insert(long id, String requestKey, String messageId, int count, Money total, LocalDate execution,
                       String xml, String by, List<Long> claimIds) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO payment_batch (id, request_key, message_id, status, "
                            + "claim_count, total, execution_date, sepa_xml, created_by) VALUES (?, ?, ?, 'BUILT', ?, ?, ?, ?, ?)",
                    id, requestKey, messageId, count, total, execution, xml, by)) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE claim SET payment_batch_id = ?, updated_at = now() "
                    + "WHERE id = ? AND payment_batch_id IS NULL")) {
                for (Long claimId : claimIds) {
                    Sql.bindAll(ps, id, claimId);
                    ps.addBatch();
                }
                for (int updated : ps.executeBatch()) {
                    if (updated != 1) {
                        throw new IllegalStateException("a claim joined another batch meanwhile: batch rolled back");
                    }
                }
            }
            return null;
        });
    }

    public Optional<Batch> byKey(String requestKey) {
        return one("WHERE request_key = ?", requestKey, false);
    }

    public Optional<Batch> find(long id, boolean forUpdate) {
        return one("WHERE id = ?", id, forUpdate);
    }

    public List<Batch> recent(int limit) {
        return sql.work(c -> {
            var list = new ArrayList<Batch>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT " + COLUMNS + " FROM payment_batch ORDER BY id DESC LIMIT ?",
                    limit); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(batch(rs));
                }
            }
            return list;
        });
    }

    public String xml(long id) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT sepa_xml FROM payment_batch WHERE id = ?", id);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    public List<Long> claimsOf(long batchId) {
        return sql.work(c -> {
            var ids = new ArrayList<Long>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT id FROM claim WHERE payment_batch_id = ? ORDER BY id", batchId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    public void markPaid(long id, String by) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "UPDATE payment_batch SET status = 'PAID', paid_by = ?, paid_at = now() "
                    + "WHERE id = ? AND status = 'BUILT'", by, id)) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Optional<Batch> one(String where, Object key, boolean forUpdate) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT " + COLUMNS + " FROM payment_batch " + where
                    + (forUpdate ? " FOR UPDATE" : ""), key); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
            }
        });
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                new Money(rs.getBigDecimal(6)), rs.getDate(7).toLocalDate(), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class), Optional.ofNullable(rs.getObject(10, OffsetDateTime.class)));
    }
}
