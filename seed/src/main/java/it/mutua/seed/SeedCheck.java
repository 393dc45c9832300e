package it.mutua.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.InvalidValueException;

/**
 * Checks a loaded data set straight in the database, read-only: every planned cooperative is in the catalog where the
 * plan puts it, with its own schema; every person is in exactly one cooperative's schema with a valid codice fiscale;
 * and the {@code reporting} figures equal the real counts (per cooperative, and summed for the whole tree).
 */
public final class SeedCheck {

    /** What was found; {@link #problems()} is empty when the data set is consistent. */
    public record Report(int cooperatives, long members, long reportedMembersNational, long realMembersNational,
                         long reportedCooperativesNational, long realCooperatives, List<String> problems) {

        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public SeedCheck(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * @param expectMembers whether the members step ran (then each cooperative must hold exactly its planned people)
     */
    public Report check(SeedPlan plan, boolean expectMembers) {
        List<String> problems = new ArrayList<>();
        Map<String, String> schemaOfCode = new HashMap<>();
        Map<String, String> owner = new HashMap<>();   // codice fiscale -> cooperative code
        long members = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.setReadOnly(true);
            Map<String, String> regional = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT region, code FROM control.tenant WHERE kind = 'REGIONAL'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    regional.put(rs.getString(1), rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT t.code, t.kind, t.status, t.region, t.vat_number, "
                    + "p.code, f.code, t.schema_name, (SELECT count(*) FROM pg_namespace n WHERE n.nspname = t.schema_name) "
                    + "FROM control.tenant t LEFT JOIN control.tenant p ON p.id = t.parent_id "
                    + "LEFT JOIN control.tenant f ON f.id = t.federation_id WHERE t.code = ?")) {
                for (PlannedCooperative coop : plan.cooperatives()) {
                    ps.setString(1, coop.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            problems.add(coop.code() + ": not in the catalog");
                            continue;
                        }
                        expect(problems, coop.code(), "kind", "COOPERATIVE", rs.getString(2));
                        expect(problems, coop.code(), "status", "ACTIVE", rs.getString(3));
                        expect(problems, coop.code(), "region", coop.region(), rs.getString(4));
                        expect(problems, coop.code(), "partita IVA", coop.vatNumber(), rs.getString(5));
                        // under its region's regional mutual where there is one (Lombardy's, or one constituted since), else national
                        expect(problems, coop.code(), "parent", SeedLoader.parentOf(coop, regional), rs.getString(6));
                        expect(problems, coop.code(), "federation", coop.federation(), rs.getString(7));
                        if (rs.getInt(9) != 1) {
                            problems.add(coop.code() + ": schema " + rs.getString(8) + " missing");
                        }
                        schemaOfCode.put(coop.code(), rs.getString(8));
                    }
                }
            }
            for (PlannedCooperative coop : plan.cooperatives()) {
                String schema = schemaOfCode.get(coop.code());
                if (schema == null) {
                    continue;
                }
                long count = 0;
                long holders = 0;
                long family = 0;
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT fiscal_code, family_role FROM " + schema + ".member")) {
                    while (rs.next()) {
                        count++;
                        // the 'members' figure counts holders; family members have their own figure
                        holders += "WORKER".equals(rs.getString(2)) ? 1 : 0;
                        family += "WORKER".equals(rs.getString(2)) ? 0 : 1;
                        String code = rs.getString(1);
                        try {
                            FiscalCode.parse(code);
                        } catch (InvalidValueException e) {
                            problems.add(coop.code() + ": invalid codice fiscale " + code + " (" + e.getMessage() + ")");
                        }
                        String other = owner.put(code, coop.code());
                        if (other != null) {
                            problems.add(code + " is in two cooperatives: " + other + " and " + coop.code());
                        }
                    }
                }
                members += count;
                if (expectMembers && count != coop.people()) {
                    problems.add(coop.code() + ": " + count + " members, planned " + coop.people());
                }
                long reported = figure(c, "SELECT coalesce(sum(f.value), 0) FROM reporting.tenant_figure f "
                        + "JOIN control.tenant t ON t.id = f.tenant_id WHERE t.code = ? AND f.metric = 'members'", coop.code());
                if (reported != holders) {
                    problems.add(coop.code() + ": reporting says " + reported + " members, its schema has " + holders);
                }
                long reportedFamily = figure(c, "SELECT coalesce(sum(f.value), 0) FROM reporting.tenant_figure f "
                        + "JOIN control.tenant t ON t.id = f.tenant_id WHERE t.code = ? AND f.metric = 'family_members'",
                        coop.code());
                if (reportedFamily != family) {
                    problems.add(coop.code() + ": reporting says " + reportedFamily + " family members, its schema has " + family);
                }
                if (expectMembers && family != coop.familyMembers()) {
                    problems.add(coop.code() + ": " + family + " family members, planned " + coop.familyMembers());
                }
                long orphans = figure(c, "SELECT count(*) FROM " + schema + ".member r LEFT JOIN " + schema
                        + ".member h ON h.id = r.holder_id WHERE r.family_role <> 'WORKER' AND (h.id IS NULL "
                        + "OR h.family_role <> 'WORKER')", null);
                if (orphans != 0) {
                    problems.add(coop.code() + ": " + orphans + " family members without a worker-member of the same schema as holder");
                }
            }
            long reportedNational = figure(c, "SELECT coalesce(sum(value), 0) FROM reporting.tenant_figure WHERE metric = 'members' "
                    + "AND tenant_path LIKE (SELECT path FROM control.tenant WHERE kind = 'NATIONAL') || '%'", null);
            long realNational = realMembersEverywhere(c);
            long reportedCoops = figure(c, "SELECT coalesce(sum(value), 0) FROM reporting.tenant_figure "
                    + "WHERE metric = 'tenants.COOPERATIVE'", null);
            long realCoops = figure(c, "SELECT count(*) FROM control.tenant WHERE kind = 'COOPERATIVE'", null);
            if (reportedNational != realNational) {
                problems.add("national figures: reporting says " + reportedNational + " members, the schemas hold " + realNational);
            }
            if (reportedCoops != realCoops) {
                problems.add("national figures: reporting says " + reportedCoops + " cooperatives, the catalog has " + realCoops);
            }
            return new Report(schemaOfCode.size(), members, reportedNational, realNational, reportedCoops, realCoops,
                    List.copyOf(problems));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the data set at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The real member count over every tenant schema (demo tenants included), for the national total. */
    private static long realMembersEverywhere(Connection c) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT t.schema_name FROM control.tenant t JOIN information_schema.tables i "
                        + "ON i.table_schema = t.schema_name AND i.table_name = 'member'")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        long total = 0;
        for (int from = 0; from < schemas.size(); from += 500) {
            StringBuilder sql = new StringBuilder("SELECT ");
            List<String> chunk = schemas.subList(from, Math.min(schemas.size(), from + 500));
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : " + ").append("(SELECT count(*) FROM ").append(chunk.get(i))
                        .append(".member WHERE family_role = 'WORKER')");
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
                rs.next();
                total += rs.getLong(1);
            }
        }
        return total;
    }

    private static long figure(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).longValueExact();
            }
        }
    }

    private static void expect(List<String> problems, String code, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(code + ": " + what + " is " + actual + ", planned " + expected);
        }
    }
}
