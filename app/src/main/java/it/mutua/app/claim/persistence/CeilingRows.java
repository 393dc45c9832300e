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
     * One statement for all the keys that both locks and reads: an upsert whose no-op update takes the row lock even
     * when the row exists (ON CONFLICT DO NOTHING would not lock it), and returns the committed value seen after the
     * wait. The keys go in as arrays and are inserted in their array order (WITH ORDINALITY … ORDER BY), which is the
     * keys' own sorted order: every transaction takes these locks in one global order, whatever the number of keys
     * (a single claim's two or three, or a batch's thousand).
     */
    private static final String LOCK = "INSERT INTO claim_ceiling_usage (scope, holder, benefit_code, sub_key, plan_year, used) "
            + "SELECT k.scope, k.holder, k.benefit_code, k.sub_key, k.plan_year, 0 "
            + "FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[]) "
            + "WITH ORDINALITY AS k(scope, holder, benefit_code, sub_key, plan_year, n) ORDER BY k.n "
            + "ON CONFLICT (scope, holder, benefit_code, sub_key, plan_year) "
            + "DO UPDATE SET used = claim_ceiling_usage.used "
            + "RETURNING scope, holder, benefit_code, sub_key, plan_year, used";
    private static final String ADD = "UPDATE claim_ceiling_usage SET used = used + ? "
            + "WHERE scope = ? AND holder = ? AND benefit_code = ? AND sub_key = ? AND plan_year = ?";

    @Inject
    Sql sql;

    public CeilingLedger lock(SortedSet<CeilingKey> keys) {
        if (keys.isEmpty()) {
            return new CeilingLedger(Map.of());
        }
        return sql.work(c -> {
            int n = keys.size();
            String[] scopes = new String[n];
            String[] holders = new String[n];
            String[] benefits = new String[n];
            String[] subs = new String[n];
            Integer[] years = new Integer[n];
            int i = 0;
            for (CeilingKey key : keys) {
                scopes[i] = key.scope().name();
                holders[i] = key.holder();
                benefits[i] = key.benefitCode();
                subs[i] = key.subKey();
                years[i++] = key.year();
            }
            Map<CeilingKey, Money> used = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(LOCK)) {
                ps.setArray(1, c.createArrayOf("varchar", scopes));
                ps.setArray(2, c.createArrayOf("varchar", holders));
                ps.setArray(3, c.createArrayOf("varchar", benefits));
                ps.setArray(4, c.createArrayOf("varchar", subs));
                ps.setArray(5, c.createArrayOf("int4", years));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        used.put(new CeilingKey(CeilingKey.Scope.valueOf(rs.getString(1)), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getInt(5)), new Money(rs.getBigDecimal(6)));
                    }
                }
            }
            if (used.size() != n) {
                throw new IllegalStateException("locked " + used.size() + " ceiling rows of " + n);
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
