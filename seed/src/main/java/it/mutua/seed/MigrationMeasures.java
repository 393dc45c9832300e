package it.mutua.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import it.mutua.migrations.MigrationProgressListener;
import it.mutua.migrations.MigrationRunResult;
import it.mutua.migrations.TenantChangelog;
import it.mutua.migrations.TenantMigrationRunner;

/**
 * The tenant migration runner over the loaded data set, the way an operator runs it (MigrationCli does the same):
 * a pass with nothing to do, and an additive change (a column and an index on {@code member}, from
 * {@code seed/additive/changelog.xml}), which is undone afterwards so the data set stays at the product's version.
 */
final class MigrationMeasures {

    static final String ADDITIVE_CHANGELOG = "seed/additive/changelog.xml";
    static final String ADDED_COLUMN = "seed_bench_note";
    static final String ADDED_CHANGESET = "seed-bench-member-note";

    private final DataSource db;

    MigrationMeasures(String url, String user, String password) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(user);
        pg.setPassword(password);
        this.db = pg;
    }

    /** Milliseconds of each of {@code runs} no-op passes of the product's own tenant changelog. */
    List<Double> noOp(int runs) {
        TenantChangelog changelog = TenantChangelog.load();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            MigrationRunResult r = new TenantMigrationRunner(db, p -> db, changelog, 4).run(MigrationProgressListener.NONE);
            if (r.migrated() != 0 || r.failed() != 0) {
                throw new IllegalStateException("the no-op pass migrated " + r.migrated() + " and failed " + r.failed()
                        + ": the data set is not at the product's tenant version; run the migration first");
            }
            millis.add(r.elapsed().toNanos() / 1e6);
        }
        return millis;
    }

    /** Runs the additive change over every tenant with 4 workers; returns the result (duration, counts). */
    MigrationRunResult additive() {
        return new TenantMigrationRunner(db, p -> db, TenantChangelog.load(ADDITIVE_CHANGELOG), 4)
                .run(MigrationProgressListener.NONE);
    }

    /**
     * Drops the added column (its index goes with it), removes the change from each schema's history and puts the
     * catalog back at the product's version: the data set is as before, ready for the product's next changeSets.
     */
    int undoAdditive() {
        int productVersion = TenantChangelog.load().targetVersion();
        int undone = 0;
        try (Connection c = db.getConnection()) {
            List<String> schemas = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT schema_name FROM control.tenant WHERE schema_version > ?")) {
                ps.setInt(1, productVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String schema : schemas) {
                    st.execute("ALTER TABLE " + schema + ".member DROP COLUMN IF EXISTS " + ADDED_COLUMN);
                    // the schema's own history must forget the change too, or the next real changeSet would be
                    // refused as not matching what the schema says it has
                    st.execute("DELETE FROM " + schema + ".schema_history WHERE changeset_id = '" + ADDED_CHANGESET + "'");
                    if (++undone % 200 == 0) {
                        c.commit();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE control.tenant SET schema_version = ? WHERE schema_version > ?")) {
                    ps.setInt(1, productVersion);
                    ps.setInt(2, productVersion);
                    ps.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot undo the additive change: " + e.getMessage(), e);
        }
        return undone;
    }

    long tenants() {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM control.tenant WHERE status IN ('ACTIVE', 'SUSPENDED')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
