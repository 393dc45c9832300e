package it.mutua.app.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Pattern;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a connection pointed at the tenant's schema.
 *
 * <p>The connection comes from the pool of the tenant's database (one pool per database, never one per tenant) and
 * its search path is pointed at the tenant's schema on every borrow, because a pooled connection may carry any schema.
 * On release it is reset to {@code mutua_none}, an empty schema, so a connection that escaped this class can never read
 * a tenant's tables by accident (the search_path leak seen in django-tenants #545/#732).
 *
 * <p>Why {@code set_config('search_path', …)} and not {@link Connection#setSchema(String)}: Liberty tracks a
 * {@code setSchema} on a pooled connection and restores the original schema itself when the connection goes back to
 * the pool, after the JTA commit, with auto-commit off: one more {@code BEGIN} + {@code SET} that left every idle pooled
 * connection "idle in transaction" until the next borrow rolled it back (three extra round trips per session, seen in
 * the statement log). Our own reset already restores the neutral schema, inside the session's transaction, so a
 * rollback undoes the borrow's change and the reset together and the connection is neutral either way. The statement
 * is prepared, so the pool's statement cache and the driver's server-side prepare make it one short round trip.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** An empty schema that holds nothing: the neutral position of every pooled connection. */
    static final String NEUTRAL_SCHEMA = "mutua_none";

    /** Schema names are ours (t_&lt;id&gt;, control, mutua_none); anything else is a bug, not something to quote. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Override
    public Connection getAnyConnection() throws SQLException {
        return Placements.dataSource(TenantRef.CONTROL.placement()).getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        TenantRef tenant = TenantDirectory.byIdentifier(tenantIdentifier);
        Connection connection = Placements.dataSource(tenant.placement()).getConnection();
        try {
            pointAt(connection, tenant.schema());
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            if (!connection.isClosed()) {
                pointAt(connection, NEUTRAL_SCHEMA);
            }
        } finally {
            connection.close();
        }
    }

    private static void pointAt(Connection connection, String schema) throws SQLException {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalStateException("not a schema name of ours: " + schema);
        }
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            set.setString(1, schema);
            set.execute();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        throw new UnsupportedOperationException("not unwrappable: " + unwrapType);
    }
}
