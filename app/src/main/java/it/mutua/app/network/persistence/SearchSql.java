package it.mutua.app.network.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import it.mutua.app.network.application.FacilityHit;
import it.mutua.app.network.application.SearchCriteria;
import it.mutua.app.network.application.SearchPage;
import it.mutua.app.network.domain.Coordinates;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;

/**
 * The search statement of one schema, built from fixed fragments and bound parameters only (no input is ever
 * concatenated): the page, then the count when the page is full. Around a point: a latitude/longitude range on the indexed columns first, then the exact haversine
 * distance. The order is the one {@code FacilitySearch} merges with: name key in byte order ({@code COLLATE "C"},
 * which is Java's order for these keys) or distance, then id.
 */
final class SearchSql {

    private static final String DISTANCE = "2 * " + Coordinates.EARTH_RADIUS_KM + " * asin(least(1, sqrt("
            + "power(sin(radians(f.latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(f.latitude)) "
            + "* power(sin(radians(f.longitude - ?) / 2), 2))))";

    private SearchSql() {
    }

    static SearchPage run(Connection c, SearchCriteria q, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder inner = new StringBuilder("SELECT f.id, f.name, f.name_search, f.facility_type, f.legal_entity, "
                + "f.address, f.municipality_code, f.province_code, f.region_code, f.latitude, f.longitude, "
                + "f.cooperative_provider, f.status, ");
        if (q.point() != null) {
            inner.append(DISTANCE).append(" AS distance_km");
            params.add(q.point().latitude());
            params.add(q.point().latitude());
            params.add(q.point().longitude());
        } else {
            inner.append("NULL::double precision AS distance_km");
        }
        inner.append(" FROM facility f WHERE TRUE");
        where(inner, params, q);
        StringBuilder filtered = new StringBuilder("SELECT s.* FROM (").append(inner).append(") s");
        if (q.point() != null) {
            filtered.append(" WHERE s.distance_km <= ?");
            params.add(q.radiusKm());
        }
        String direction = q.descending() ? " DESC" : "";
        StringBuilder page = new StringBuilder(filtered).append(q.sort() == SearchCriteria.Sort.DISTANCE
                ? " ORDER BY s.distance_km" + direction + ", s.id" + direction
                : " ORDER BY s.name_search COLLATE \"C\"" + direction + ", s.id" + direction);
        page.append(" LIMIT ?");
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        try (PreparedStatement ps = c.prepareStatement(page.toString())) {
            bind(ps, pageParams);
            List<FacilityHit> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double d = rs.getDouble("distance_km");
                    Double distance = rs.wasNull() ? null : d;
                    rows.add(new FacilityHit(rs.getLong("id"), rs.getString("name"), rs.getString("name_search"),
                            FacilityType.valueOf(rs.getString("facility_type")), rs.getString("legal_entity"),
                            rs.getString("address"), rs.getString("municipality_code"), rs.getString("province_code"),
                            rs.getString("region_code"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                            rs.getBoolean("cooperative_provider"), FacilityStatus.valueOf(rs.getString("status")),
                            distance));
                }
            }
            // the page first: when it is not full, it holds every match and no count is needed (most text and
            // distance searches); otherwise a count, cheaper than count(*) OVER () sorting every match
            long total = rows.size() < limit ? rows.size()
                    : count(c, "SELECT count(*) FROM (" + filtered + ") c", params);
            return new SearchPage(rows, total);
        }
    }

    private static long count(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static void where(StringBuilder sql, List<Object> params, SearchCriteria q) {
        if (q.regionCode() != null) {
            sql.append(" AND f.region_code = ?");
            params.add(q.regionCode());
        }
        if (q.provinceCode() != null) {
            sql.append(" AND f.province_code = ?");
            params.add(q.provinceCode());
        }
        if (q.municipalityCode() != null) {
            sql.append(" AND f.municipality_code = ?");
            params.add(q.municipalityCode());
        }
        if (q.type() != null) {
            sql.append(" AND f.facility_type = ?");
            params.add(q.type().name());
        }
        if (q.cooperativeProvider() != null) {
            sql.append(" AND f.cooperative_provider = ?");
            params.add(q.cooperativeProvider());
        }
        if (q.status() != null) {
            sql.append(" AND f.status = ?");
            params.add(q.status().name());
        }
        for (String word : q.words()) {
            // keys hold only letters, digits and single spaces: no LIKE wildcard can come from the input
            sql.append(" AND f.name_search LIKE ?");
            params.add("%" + word + "%");
        }
        if (q.serviceCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM facility_tariff t WHERE t.facility_id = f.id AND t.service_code = ?"
                    + " AND t.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to >= ?))");
            params.add(q.serviceCode());
            params.add(Date.valueOf(q.onDate()));
            params.add(Date.valueOf(q.onDate()));
        }
        if (q.point() != null) {
            Coordinates.BoundingBox box = q.point().boxAround(q.radiusKm());
            sql.append(" AND f.latitude BETWEEN ? AND ? AND f.longitude BETWEEN ? AND ?");
            params.add(box.minLatitude());
            params.add(box.maxLatitude());
            params.add(box.minLongitude());
            params.add(box.maxLongitude());
        }
    }
}
