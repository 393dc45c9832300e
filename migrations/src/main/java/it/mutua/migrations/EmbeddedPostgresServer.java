package it.mutua.migrations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A local PostgreSQL 17 (zonky binaries) with a persistent data directory, used when no external
 * database is configured (MUTUA_DB_URL unset) and by the tests.
 *
 * <p>Why a wrapper: zonky is a test library and turns durability off (fsync, synchronous_commit);
 * here data must survive a crash, so durability is forced on. And since zonky starts PostgreSQL
 * with {@code pg_ctl start} (a daemon), a kill -9 of the JVM leaves PostgreSQL running: the next
 * start must find it on the port and reuse it instead of failing on the busy port / lock.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The application database created on every start (the catalog and all tenant schemas live in it). */
    public static final String APP_DATABASE = "mutua";
    private static final String SUPERUSER = "postgres";
    /** How long to wait for PostgreSQL to accept connections after starting it. */
    static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofSeconds(120);
    private static final Pattern DB_NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    private final Path dataDir;
    private final int port;
    /** Non-null only when this process started the server (then close() stops it). */
    private EmbeddedPostgres started;

    private EmbeddedPostgresServer(Path dataDir, int port, EmbeddedPostgres started) {
        this.dataDir = dataDir;
        this.port = port;
        this.started = started;
    }

    /**
     * Starts PostgreSQL on {@code port} with data in {@code dataDir} (initialised on first use), or
     * reuses a server already running there (e.g. left behind by a JVM killed with -9). Ensures the
     * {@value #APP_DATABASE} database exists.
     */
    public static synchronized EmbeddedPostgresServer startOrReuse(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres pg = null;
            if (!accepts(port)) {
                try {
                    pg = EmbeddedPostgres.builder()
                            .setDataDirectory(dir)
                            .setCleanDataDirectory(false)
                            .setPort(port)
                            .setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on")
                            .setServerConfig("listen_addresses", "localhost")
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("shared_buffers", "256MB")
                            .setServerConfig("timezone", "UTC")
                            // zonky gives up after 10 s by default; a large data directory after an unclean stop
                            // (crash recovery) or a busy machine needs longer: the seed-scale restart took more
                            .setPGStartupWait(STARTUP_WAIT)
                            .start();
                } catch (IOException | RuntimeException e) {
                    // another process may have won the race to start it: reuse if it answers now
                    if (!accepts(port)) {
                        throw new IllegalStateException("cannot start embedded PostgreSQL on port " + port
                                + " with data directory " + dir + ": " + e.getMessage(), e);
                    }
                }
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, port, pg);
            server.verifyItIsOurs();
            server.ensureDatabase(APP_DATABASE);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jdbc:postgresql://localhost:PORT/DB} */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The superuser name of the embedded server (trust authentication on localhost). */
    public String user() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when this process started the server (so {@link #close()} will stop it). */
    public boolean startedHere() {
        return started != null;
    }

    /** A non-pooling DataSource on {@code database}; wrap it in a pool where connections are hot. */
    public DataSource dataSource(String database) {
        return dataSource(port, database);
    }

    /** Creates {@code database} if it does not exist yet (idempotent, race-safe). */
    public void ensureDatabase(String database) {
        if (!DB_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("invalid database name: " + database);
        }
        try (Connection c = dataSource("postgres").getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE \"" + database + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) { // created meanwhile
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    /** Stops PostgreSQL cleanly if this process started it; a reused server is left running. */
    @Override
    public synchronized void close() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                started = null;
            }
        }
    }

    /**
     * Stops the server at the end of the application's life, also when it was reused from an earlier process (a JVM
     * killed with -9 leaves it running). A reused server gets SIGTERM (PostgreSQL's smart shutdown: it stops once the
     * remaining pooled connections close), so no client sees its session cut.
     */
    public synchronized void shutdown() {
        if (started != null) {
            close();
            return;
        }
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot stop the embedded PostgreSQL of " + dataDir, e);
        }
    }

    /** Refuses a server on our port that serves another data directory or runs without durability. */
    private void verifyItIsOurs() throws IOException {
        try (Connection c = dataSource("postgres").getConnection(); Statement st = c.createStatement()) {
            String running;
            try (ResultSet rs = st.executeQuery("SHOW data_directory")) {
                rs.next();
                running = rs.getString(1);
            }
            if (!Path.of(running).toRealPath().equals(dataDir.toRealPath())) {
                throw new IllegalStateException("port " + port + " is served by PostgreSQL with data directory "
                        + running + ", not " + dataDir);
            }
            try (ResultSet rs = st.executeQuery("SHOW fsync")) {
                rs.next();
                if (!"on".equals(rs.getString(1))) {
                    throw new IllegalStateException("PostgreSQL on port " + port + " runs with fsync=off: refusing it");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot verify PostgreSQL on port " + port, e);
        }
    }

    private static boolean accepts(int port) {
        PGSimpleDataSource ds = dataSource(port, "postgres");
        ds.setConnectTimeout(2);
        try (Connection c = ds.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static PGSimpleDataSource dataSource(int port, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(SUPERUSER);
        return ds;
    }
}
