package it.mutua.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pgbench -S} (select-only, primary-key lookups) on the same PostgreSQL as the server, in its own database
 * {@code pgbench}: the ceiling the product's member read is compared with.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** Throughput and mean latency of one run. */
    record Result(double tps, double latencyMillis) {
    }

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String jdbcUrl;

    PgBench(String jdbcUrl, String user, String password) {
        // jdbc:postgresql://host:port/db
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*").matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read host and port from " + jdbcUrl);
        }
        this.host = m.group(1);
        this.port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        this.user = user;
        this.password = password;
        this.jdbcUrl = jdbcUrl;
    }

    static boolean installed() {
        return java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/pgbench"));
    }

    /** Creates and fills the pgbench database once (scale 10: 1,000,000 accounts), reused by later runs. */
    void prepare() {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'pgbench'");
            rs.next();
            if (rs.getInt(1) == 1) {
                return;
            }
            st.execute("CREATE DATABASE pgbench");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the pgbench database: " + e.getMessage(), e);
        }
        ProcessRunner.run(List.of("/usr/bin/pgbench", "-i", "-q", "-s", "10", "-h", host, "-p", Integer.toString(port),
                "-U", user, "pgbench"), Map.of("PGPASSWORD", password), 600);
    }

    Result selectOnly(int clients, int seconds) {
        String out = ProcessRunner.run(List.of("/usr/bin/pgbench", "-S", "-n", "-c", Integer.toString(clients), "-j", "2",
                "-T", Integer.toString(seconds), "-h", host, "-p", Integer.toString(port), "-U", user, "pgbench"),
                Map.of("PGPASSWORD", password), seconds + 120L);
        Matcher tps = TPS.matcher(out);
        Matcher latency = LATENCY.matcher(out);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("unexpected pgbench output: " + out);
        }
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }
}
