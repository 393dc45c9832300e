package it.mutua.migrations;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;

/**
 * Test main (run in a forked JVM): provisions cooperatives forever, each as "BEGIN; catalog row;
 * TenantSchemas.create; COMMIT", until it is killed.
 */
public final class ProvisioningLoop {

    private ProvisioningLoop() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(args[0]);
        ds.setUser("postgres");
        long root = Long.parseLong(args[1]);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; ; i++) {
                String code = "loop-" + i;
                long id = TestDb.insertCooperative(c, root, code, "ACTIVE", TenantChangelog.load().targetVersion());
                TenantSchemas.create(c, id, code, "t_" + id);
                c.commit();
            }
        }
    }
}
