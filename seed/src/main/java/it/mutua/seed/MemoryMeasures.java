package it.mutua.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory after the load: PostgreSQL's backends (private memory from /proc/PID/smaps_rollup, so only when the database
 * runs on this machine) and what connection recycling bounds (a backend's own memory contexts before and after it
 * visits every tenant schema, as a long-lived pooled connection would); the Liberty JVM's heap (jcmd).
 */
final class MemoryMeasures {

    /** Private memory (MiB) of each client backend of the app's pools, and their ages (s). */
    record Backends(List<Double> privateMiB, List<Long> ageSeconds) {
    }

    private final String url;
    private final String user;
    private final String password;

    MemoryMeasures(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Backends appBackends() {
        List<Double> mib = new ArrayList<>();
        List<Long> ages = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pid, extract(epoch FROM now() - backend_start)::bigint FROM pg_stat_activity "
                     + "WHERE backend_type = 'client backend' AND application_name LIKE 'mutua%'")) {
            while (rs.next()) {
                Path smaps = Path.of("/proc/" + rs.getInt(1) + "/smaps_rollup");
                if (Files.isReadable(smaps)) {
                    mib.add(privateKiB(Files.readString(smaps)) / 1024.0);
                    ages.add(rs.getLong(2));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the backends: " + e.getMessage(), e);
        }
        return new Backends(mib, ages);
    }

    /**
     * Bytes of a fresh backend's memory contexts, and of the same backend after it read {@code member} in every
     * tenant schema: the growth a pooled connection accumulates until agedTimeout replaces it.
     */
    long[] catalogCacheGrowth() {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            long fresh = contexts(st);
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT t.schema_name FROM control.tenant t JOIN information_schema.tables i "
                    + "ON i.table_schema = t.schema_name AND i.table_name = 'member'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                st.executeQuery("SELECT id FROM " + schema + ".member WHERE fiscal_code = 'X' LIMIT 1").close();
            }
            return new long[] {fresh, contexts(st), schemas.size()};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "used after a full GC / committed / RSS" of the Liberty JVM, in MiB, from jcmd and /proc. */
    static double[] libertyHeap(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        ProcessRunner.run(List.of(jcmd, Long.toString(pid), "GC.run"), Map.of(), 60);
        String info = ProcessRunner.run(List.of(jcmd, Long.toString(pid), "GC.heap_info"), Map.of(), 60);
        Matcher m = Pattern.compile("total (?:reserved \\d+K, committed |)(\\d+)K, used (\\d+)K").matcher(info);
        Matcher g1 = Pattern.compile("garbage-first heap\\s+total reserved \\d+K, committed (\\d+)K, used (\\d+)K").matcher(info);
        double committed;
        double used;
        if (g1.find()) {
            committed = Long.parseLong(g1.group(1)) / 1024.0;
            used = Long.parseLong(g1.group(2)) / 1024.0;
        } else if (m.find()) {
            committed = Long.parseLong(m.group(1)) / 1024.0;
            used = Long.parseLong(m.group(2)) / 1024.0;
        } else {
            throw new IllegalStateException("unexpected GC.heap_info output: " + info);
        }
        double rss = Double.NaN;
        try {
            Matcher r = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
            if (r.find()) {
                rss = Long.parseLong(r.group(1)) / 1024.0;
            }
        } catch (IOException e) {
            // RSS is a bonus; the heap figures stand without it
        }
        return new double[] {used, committed, rss};
    }

    private static long contexts(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT sum(total_bytes) FROM pg_backend_memory_contexts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long privateKiB(String smapsRollup) {
        long kib = 0;
        Matcher m = Pattern.compile("Private_(?:Clean|Dirty):\\s+(\\d+) kB").matcher(smapsRollup);
        while (m.find()) {
            kib += Long.parseLong(m.group(1));
        }
        return kib;
    }
}
