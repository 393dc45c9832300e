package it.mutua.migrations;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;

/** Test main (run in a forked JVM): creates spare schemas forever, one transaction each, until it is killed. */
public final class SpareLoop {

    private SpareLoop() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(args[0]);
        ds.setUser("postgres");
        try (Connection c = ds.getConnection()) {
            while (true) {
                SpareSchemas.createIfBelow(c, Integer.MAX_VALUE, TenantChangelog.load());
            }
        }
    }
}
