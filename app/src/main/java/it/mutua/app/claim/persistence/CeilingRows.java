package it.mutua.app.claim.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.claim.domain.CeilingKey;
import it.mutua.app.claim.domain.CeilingLedger;
import it.mutua.app.plan.domain.Money;

/**
 * The ceiling ledger rows of the national schema. {@link #lock} takes each row's lock (creating it at zero when it is
 * new) in key order and returns what it already holds; the locks last until the claim's transaction commits, so a
 * concurrent claim on the same person, family or benefit waits and then sees this claim's amounts: a ceiling is never
 * overspent.
 */
@ApplicationScoped
public class CeilingRows {

    /**
     * One statement per key that both locks and reads: an upsert whose no-op update takes the row lock even when the
     * row exists (ON CONFLICT DO NOTHING would not lock it), and returns the committed value seen after the wait.
     */
    private static final String LOCK = "INSERT INTO claim_ceiling_usage (scope, holder, benefit_code, sub_key, plan_year, used) "
            + "VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (scope, holder, benefit_code, sub_key, plan_year) "
            + "DO UPDATE SET used = claim_ceiling_usage.used RETURNING used";
    private static final String ADD = "UPDATE claim_ceiling_usage SET used = used + ? "
            + "WHERE scope = ? AND holder = ? AND benefit_code = ? AND sub_key = ? AND plan_year = ?";

    @Inject
    Sql sql;

    public CeilingLedger lock(SortedSet<CeilingKey> keys) {
        return sql.work(c -> {
            Map<CeilingKey, Money> used = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(LOCK)) {
                for (CeilingKey key : keys) {
                    Sql.bindAll(ps, key.scope(), key.holder(), key.benefitCode(), key.subKey(), key.year());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        used.put(key, new Money(rs.getBigDecimal(1)));
                    }
                }
            }
            return new CeilingLedger(used);
        });
    }

    /** Writes the ledger's changes to the rows it locked. */
    public void save(CeilingLedger ledger) {
        sql.work(c -> {
            try (PreparedStatement ps = c.prepareStatement(ADD)) {
                for (var change : ledger.changes().entrySet()) {
                    CeilingKey key = change.getKey();
                    Sql.bindAll(ps, change.getValue(), key.scope(), key.holder(), key.benefitCode(), key.subKey(),
                            key.year());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** What a row holds now (for reports and tests): zero when the row does not exist. */
    public Money used(CeilingKey key) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT used FROM claim_ceiling_usage WHERE scope = ? AND holder = ? "
                    + "AND benefit_code = ? AND sub_key = ? AND plan_year = ?", key.scope(), key.holder(),
                    key.benefitCode(), key.subKey(), key.year()); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Money(rs.getBigDecimal(1)) : Money.ZERO;
            }
        });
    }
}
