package it.mutua.migrations;

import java.util.List;

/**
 * One tenant changeSet rendered to PostgreSQL statements.
 *
 * <p>Why a record: the rendering is done once per JVM and shared by every provisioning and
 * migration thread, so it must be immutable.
 *
 * @param version    the schema version this change brings a tenant to (1-based position in the changelog)
 * @param id         the changeSet id (recorded in each tenant's schema_history)
 * @param statements the SQL statements, unqualified, to run with the tenant's schema as search_path
 */
public record RenderedChange(int version, String id, List<String> statements) {
    public RenderedChange {
        statements = List.copyOf(statements);
    }
}
