package it.mutua.app.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a connection pointed at the tenant's schema.
 *
 * <p>The connection comes from the pool of the tenant's database (one pool per database, never one per tenant) and
 * {@link Connection#setSchema(String)} is applied on every borrow, because a pooled connection may carry any schema.
 * On release the schema is reset to {@code mutua_none}, an empty schema, so a connection that escaped this class can
 * never read a tenant's tables by accident (the search_path leak seen in django-tenants #545/#732).
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** An empty schema that holds nothing: the neutral position of every pooled connection. */
    static final String NEUTRAL_SCHEMA = "mutua_none";

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
            connection.setSchema(tenant.schema());
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
                connection.setSchema(NEUTRAL_SCHEMA);
            }
        } finally {
            connection.close();
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
