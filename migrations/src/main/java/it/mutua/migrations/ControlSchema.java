package it.mutua.migrations;

import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the {@code control} (catalog) and {@code reporting} schemas up to date with Liquibase.
 *
 * <p>Why Liquibase here and not for tenants: there is exactly one control schema, it runs at
 * application start, and Liquibase's history/lock tables are the standard way to evolve it. A
 * session advisory lock wraps the update because Liquibase's own lock table cannot protect the
 * very first run, when two processes race to create that table.
 */
public final class ControlSchema {

    public static final String CHANGELOG = "migrations/control/changelog.xml";
    /** Advisory lock key ("MUTUACTL") serialising control updates across processes. */
    private static final long LOCK_KEY = 0x4D5554554143544CL;

    private ControlSchema() {
    }

    /** Creates schema control if needed and applies the control changelog; idempotent and concurrency-safe. */
    public static void migrate(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            }
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS control");
                }
                update(c);
            } finally {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("control schema migration failed: " + e.getMessage(), e);
        }
    }

    private static void update(Connection c) {
        LiquibaseScope.call(resources -> {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            db.setDefaultSchemaName("control");
            db.setLiquibaseSchemaName("control");
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute();
            return null; // the Database wraps the caller's connection: closing it is the caller's job
        });
    }
}
