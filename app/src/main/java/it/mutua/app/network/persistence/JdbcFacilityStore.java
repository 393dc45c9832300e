package it.mutua.app.network.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.network.application.FacilityRecord;
import it.mutua.app.network.application.FacilityStore;
import it.mutua.app.network.application.SearchCriteria;
import it.mutua.app.network.application.SearchPage;
import it.mutua.app.network.application.TariffRecord;
import it.mutua.app.network.domain.Contract;
import it.mutua.app.network.domain.Coordinates;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;
import it.mutua.app.network.domain.Places;
import it.mutua.app.network.domain.StatusChange;
import it.mutua.app.network.domain.Tariff;
import it.mutua.app.plan.domain.Money;

/** {@link FacilityStore} on the facility tables of the tenant in context. */
@ApplicationScoped
@Transactional
public class JdbcFacilityStore implements FacilityStore {

    private static final int BATCH = 500;
    private static final String COLUMNS = "id, name, legal_entity, vat_number, facility_type, address, postal_code, "
            + "region_code, province_code, municipality_code, latitude, longitude, cooperative_provider, "
            + "cooperative_tenant_id, contract_from, contract_to, status";

    @Inject
    Jdbc jdbc;

    @Override
    public List<Long> nextIds(int count) {
        return jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT nextval('control.facility_id_seq') FROM generate_series(1, ?)")) {
                ps.setInt(1, count);
                List<Long> ids = new ArrayList<>(count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public void insertAll(List<NewFacility> facilities, String by) {
        String insert = "INSERT INTO facility (id, name, name_search, legal_entity, vat_number, facility_type, address, "
                + "address_key, postal_code, region_code, province_code, municipality_code, latitude, longitude, "
                + "cooperative_provider, cooperative_tenant_id, status, contract_from, contract_to, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)";
        String status = "INSERT INTO facility_status_change (facility_id, status, effective_from, reason, changed_by) "
                + "VALUES (?, 'ACTIVE', ?, NULL, ?)";
        jdbc.run(c -> {
            try (PreparedStatement f = c.prepareStatement(insert); PreparedStatement s = c.prepareStatement(status)) {
                int n = 0;
                for (NewFacility nf : facilities) {
                    FacilityDetails d = nf.details();
                    f.setLong(1, nf.id());
                    setDetails(f, 2, d);
                    f.setString(19, by);
                    f.addBatch();
                    s.setLong(1, nf.id());
                    s.setDate(2, Date.valueOf(d.contract().from()));
                    s.setString(3, by);
                    s.addBatch();
                    if (++n % BATCH == 0) {
                        f.executeBatch();
                        s.executeBatch();
                    }
                }
                f.executeBatch();
                s.executeBatch();
            }
            return null;
        });
        Map<Long, List<Tariff>> tariffs = new LinkedHashMap<>();
        facilities.stream().filter(nf -> !nf.tariffs().isEmpty()).forEach(nf -> tariffs.put(nf.id(), nf.tariffs()));
        addTariffs(tariffs, by);
    }

    /** Parameters {@code i .. i+16} of an insert or update, from name to contract_to. */
    private static void setDetails(PreparedStatement ps, int i, FacilityDetails d) throws SQLException {
        ps.setString(i, d.name());
        ps.setString(i + 1, d.nameKey());
        ps.setString(i + 2, d.legalEntity());
        ps.setString(i + 3, d.vatNumber());
        ps.setString(i + 4, d.type().name());
        ps.setString(i + 5, d.address());
        ps.setString(i + 6, d.addressKey());
        ps.setString(i + 7, d.postalCode());
        ps.setString(i + 8, d.municipality().regionCode());
        ps.setString(i + 9, d.municipality().provinceCode());
        ps.setString(i + 10, d.municipality().istatCode());
        ps.setDouble(i + 11, d.coordinates().latitude());
        ps.setDouble(i + 12, d.coordinates().longitude());
        ps.setBoolean(i + 13, d.cooperativeProvider());
        if (d.cooperativeTenantId() == null) {
            ps.setNull(i + 14, Types.BIGINT);
        } else {
            ps.setLong(i + 14, d.cooperativeTenantId());
        }
        ps.setDate(i + 15, Date.valueOf(d.contract().from()));
        ps.setDate(i + 16, d.contract().to() == null ? null : Date.valueOf(d.contract().to()));
    }

    @Override
    public void update(long id, FacilityDetails d) {
        jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE facility SET name = ?, name_search = ?, "
                    + "legal_entity = ?, vat_number = ?, facility_type = ?, address = ?, address_key = ?, postal_code = ?, "
                    + "region_code = ?, province_code = ?, municipality_code = ?, latitude = ?, longitude = ?, "
                    + "cooperative_provider = ?, cooperative_tenant_id = ?, contract_from = ?, contract_to = ?, "
                    + "updated_at = now(), row_version = row_version + 1 WHERE id = ?")) {
                setDetails(ps, 1, d);
                ps.setLong(18, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<FacilityRecord> find(long id) {
        return one("SELECT " + COLUMNS + " FROM facility WHERE id = ?", id);
    }

    @Override
    public Optional<FacilityRecord> lock(long id) {
        return one("SELECT " + COLUMNS + " FROM facility WHERE id = ? FOR UPDATE", id);
    }

    private Optional<FacilityRecord> one(String sql, long id) {
        return jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(record(rs)) : Optional.<FacilityRecord>empty();
                }
            }
        });
    }

    private static FacilityRecord record(ResultSet rs) throws SQLException {
        Date to = rs.getDate("contract_to");
        long coop = rs.getLong("cooperative_tenant_id");
        Long coopId = rs.wasNull() ? null : coop;
        var municipality = Places.italy().municipality(null, null, rs.getString("municipality_code"));
        var details = new FacilityDetails(rs.getString("name"), rs.getString("legal_entity"),
                rs.getString("vat_number"), FacilityType.valueOf(rs.getString("facility_type")), rs.getString("address"),
                rs.getString("postal_code"), municipality,
                new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getBoolean("cooperative_provider"), coopId,
                new Contract(rs.getDate("contract_from").toLocalDate(), to == null ? null : to.toLocalDate()));
        return new FacilityRecord(rs.getLong("id"), details, FacilityStatus.valueOf(rs.getString("status")));
    }

    @Override
    public Optional<Long> idOf(String vatNumber, String addressKey) {
        return jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM facility WHERE vat_number = ? AND address_key = ?")) {
                ps.setString(1, vatNumber);
                ps.setString(2, addressKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    @Override
    public List<FacilityRecord> all() {
        return jdbc.run(c -> {
            List<FacilityRecord> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM facility ORDER BY id")) {
                while (rs.next()) {
                    out.add(record(rs));
                }
            }
            return out;
        });
    }

    @Override
    public List<StatusChange> history(long id) {
        return jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, status, effective_from, reason "
                    + "FROM facility_status_change WHERE facility_id = ? ORDER BY effective_from, id")) {
                ps.setLong(1, id);
                List<StatusChange> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StatusChange(rs.getLong(1), FacilityStatus.valueOf(rs.getString(2)),
                                rs.getDate(3).toLocalDate(), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void addStatus(long id, FacilityStatus status, LocalDate effectiveFrom, String reason, String by) {
        jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO facility_status_change "
                    + "(facility_id, status, effective_from, reason, changed_by) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, status.name());
                ps.setDate(3, Date.valueOf(effectiveFrom));
                ps.setString(4, reason);
                ps.setString(5, by);
                ps.executeUpdate();
            }
            // today's status: the latest change in force today (a back-dated change older than the latest keeps it)
            try (PreparedStatement ps = c.prepareStatement("UPDATE facility SET status = (SELECT s.status FROM "
                    + "facility_status_change s WHERE s.facility_id = ? AND s.effective_from <= current_date "
                    + "ORDER BY s.effective_from DESC, s.id DESC LIMIT 1), updated_at = now(), "
                    + "row_version = row_version + 1 WHERE id = ?")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<TariffRecord> tariffs(long facilityId) {
        return tariffs(List.of(facilityId)).getOrDefault(facilityId, List.of());
    }

    @Override
    public Map<Long, List<TariffRecord>> tariffs(List<Long> facilityIds) {
        if (facilityIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, facility_id, service_code, service_name, amount, "
                    + "valid_from, valid_to FROM facility_tariff WHERE facility_id = ANY (?) "
                    + "ORDER BY facility_id, service_code, valid_from")) {
                ps.setArray(1, c.createArrayOf("bigint", facilityIds.toArray()));
                Map<Long, List<TariffRecord>> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date to = rs.getDate(7);
                        Tariff t = new Tariff(rs.getString(3), rs.getString(4), new Money(rs.getBigDecimal(5)),
                                rs.getDate(6).toLocalDate(), to == null ? null : to.toLocalDate());
                        out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new TariffRecord(rs.getLong(1), t));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public TariffRecord addTariff(long facilityId, Tariff tariff, String by) {
        return jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(TARIFF_INSERT + " RETURNING id")) {
                setTariff(ps, facilityId, tariff, by);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TariffRecord(rs.getLong(1), tariff);
                }
            }
        });
    }

    private static final String TARIFF_INSERT = "INSERT INTO facility_tariff (facility_id, service_code, service_name, "
            + "amount, valid_from, valid_to, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static void setTariff(PreparedStatement ps, long facilityId, Tariff t, String by) throws SQLException {
        ps.setLong(1, facilityId);
        ps.setString(2, t.serviceCode());
        ps.setString(3, t.serviceName());
        ps.setBigDecimal(4, t.amount().amount());
        ps.setDate(5, Date.valueOf(t.validFrom()));
        ps.setDate(6, t.validTo() == null ? null : Date.valueOf(t.validTo()));
        ps.setString(7, by);
    }

    @Override
    public void addTariffs(Map<Long, List<Tariff>> tariffs, String by) {
        if (tariffs.isEmpty()) {
            return;
        }
        jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(TARIFF_INSERT)) {
                int n = 0;
                for (var e : tariffs.entrySet()) {
                    for (Tariff t : e.getValue()) {
                        setTariff(ps, e.getKey(), t, by);
                        ps.addBatch();
                        if (++n % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void closeTariff(long facilityId, long tariffId, LocalDate validTo) {
        jdbc.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE facility_tariff SET valid_to = ? WHERE id = ? AND facility_id = ?")) {
                ps.setDate(1, Date.valueOf(validTo));
                ps.setLong(2, tariffId);
                ps.setLong(3, facilityId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public SearchPage search(SearchCriteria criteria, int limit) {
        return jdbc.run(c -> SearchSql.run(c, criteria, limit));
    }

    @Override
    public long count() {
        return jdbc.run(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM facility")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

}
