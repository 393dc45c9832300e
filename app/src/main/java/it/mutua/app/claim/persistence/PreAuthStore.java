package it.mutua.app.claim.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.plan.domain.Money;

/** Pre-authorisations of direct-network services, in the national schema. */
@ApplicationScoped
public class PreAuthStore {

    /** A pre-authorisation as stored. */
    public record PreAuth(long id, String fiscalCode, long memberTenantId, String benefit, String facilityRef,
                          String facilityName, String facilityIban, String regime, LocalDate plannedDate,
                          Money estimated, boolean urgent, String status, Optional<Money> authorised,
                          Optional<LocalDate> validFrom, Optional<LocalDate> validTo, Optional<String> reason,
                          Optional<Long> settledClaimId, String requestedBy) {
    }

    private static final String COLUMNS = "id, member_fiscal_code, member_tenant_id, benefit_code, facility_ref, "
            + "facility_name, facility_iban, regime, planned_date, estimated, urgent, status, authorised, valid_from, "
            + "valid_to, decision_reason, settled_claim_id, requested_by";

    @Inject
    Sql sql;

    public long insert(PreAuth p) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO pre_authorisation (member_fiscal_code, member_tenant_id, "
                            + "benefit_code, facility_ref, facility_name, facility_iban, regime, planned_date, estimated, "
                            + "urgent, status, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?) RETURNING id",
                    p.fiscalCode(), p.memberTenantId(), p.benefit(), p.facilityRef(), p.facilityName(), p.facilityIban(),
                    p.regime(), p.plannedDate(), p.estimated(), p.urgent(), p.requestedBy());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<PreAuth> find(long id, boolean forUpdate) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT " + COLUMNS + " FROM pre_authorisation WHERE id = ?"
                    + (forUpdate ? " FOR UPDATE" : ""), id); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        });
    }

    public List<PreAuth> ofMember(String fiscalCode) {
        return sql.work(c -> {
            var list = new ArrayList<PreAuth>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT " + COLUMNS + " FROM pre_authorisation "
                    + "WHERE member_fiscal_code = ? ORDER BY id DESC LIMIT 200", fiscalCode); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(row(rs));
                }
            }
            return list;
        });
    }

    /** One page of the requests in a status (all when null): urgent first, then by planned date. */
    public List<PreAuth> page(String status, int offset, int limit) {
        return sql.work(c -> {
            var list = new ArrayList<PreAuth>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT " + COLUMNS + " FROM pre_authorisation "
                    + "WHERE (CAST(? AS text) IS NULL OR status = ?) ORDER BY urgent DESC, planned_date, id "
                    + "OFFSET ? LIMIT ?", status, status, offset, limit); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(row(rs));
                }
            }
            return list;
        });
    }

    public long count(String status) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT count(*) FROM pre_authorisation "
                    + "WHERE (CAST(? AS text) IS NULL OR status = ?)", status, status); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public void decide(long id, String status, Money authorised, LocalDate from, LocalDate to, String reason, String by) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "UPDATE pre_authorisation SET status = ?, authorised = ?, valid_from = ?, "
                    + "valid_to = ?, decision_reason = ?, decided_by = ?, decided_at = now() WHERE id = ?",
                    status, authorised, from, to, reason, by, id)) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void settled(long id, long claimId) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "UPDATE pre_authorisation SET status = 'SETTLED', settled_claim_id = ? "
                    + "WHERE id = ? AND status = 'APPROVED'", claimId, id)) {
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("pre-authorisation " + id + " was not APPROVED");
                }
            }
            return null;
        });
    }

    private static PreAuth row(ResultSet rs) throws SQLException {
        return new PreAuth(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(),
                new Money(rs.getBigDecimal(10)), rs.getBoolean(11), rs.getString(12),
                Optional.ofNullable(Sql.money(rs.getBigDecimal(13))),
                Optional.ofNullable(rs.getDate(14)).map(java.sql.Date::toLocalDate),
                Optional.ofNullable(rs.getDate(15)).map(java.sql.Date::toLocalDate), Optional.ofNullable(rs.getString(16)),
                Optional.ofNullable((Long) rs.getObject(17)), rs.getString(18));
    }
}
