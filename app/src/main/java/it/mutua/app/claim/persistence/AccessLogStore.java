package it.mutua.app.claim.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The health-data access log of the national schema. Only INSERT and SELECT exist here; the table's triggers refuse
 * UPDATE, TRUNCATE and the DELETE of rows younger than 24 months, whoever tries.
 */
@ApplicationScoped
public class AccessLogStore {

    /** One read of someone's health data. */
    public record Entry(String actor, String actorRole, long actorTenantId, String subjectFiscalCode, String what,
                        Optional<Long> claimId, Optional<String> detail, OffsetDateTime at) {
    }

    @Inject
    Sql sql;

    public void append(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sql.work(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO health_access_log (actor, actor_role, "
                    + "actor_tenant_id, subject_fiscal_code, what, claim_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    Sql.bindAll(ps, e.actor(), e.actorRole(), e.actorTenantId(), e.subjectFiscalCode(), e.what(),
                            e.claimId().orElse(null), e.detail().orElse(null));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<Entry> ofSubject(String fiscalCode, int offset, int limit) {
        return query("WHERE subject_fiscal_code = ?", fiscalCode, offset, limit);
    }

    public List<Entry> ofClaim(long claimId, int offset, int limit) {
        return query("WHERE claim_id = ?", claimId, offset, limit);
    }

    private List<Entry> query(String where, Object key, int offset, int limit) {
        return sql.work(c -> {
            var entries = new ArrayList<Entry>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT actor, actor_role, actor_tenant_id, subject_fiscal_code, "
                    + "what, claim_id, detail, at FROM health_access_log " + where + " ORDER BY id DESC OFFSET ? LIMIT ?",
                    key, offset, limit); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), Optional.ofNullable((Long) rs.getObject(6)),
                            Optional.ofNullable(rs.getString(7)), rs.getObject(8, OffsetDateTime.class)));
                }
            }
            return entries;
        });
    }
}
