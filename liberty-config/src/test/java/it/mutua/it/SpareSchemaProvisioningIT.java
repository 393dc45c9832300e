package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Provisioning through the API with and without a spare tenant schema ready (ADR 0019): either way the new cooperative
 * gets a schema with every table at the current version, its own marker, and its requests read it. The IT server keeps
 * two spares ({@code mutua.tenancy.spare-schemas=2} in liberty-config/pom.xml).
 */
class SpareSchemaProvisioningIT {

    private static final int POOL_SIZE = 2;
    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String TABLES = "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?";
    private static final String TABLE_NAMES = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";

    @Test
    void aNewCooperativeGetsAReadySpareSchemaWithEveryTableAtTheCurrentVersion() {
        awaitFullPool();
        long spares = Db.count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'mutua\\_spare\\_%'");

        Provisioned coop = provision("coop-spare-");
        long id = coop.id();

        assertTrue(madeBeforeTheTenant(id), "the schema's changeSets were applied before the request: a spare");
        assertEquals(spares - 1, Db.count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'mutua\\_spare\\_%'")
                + refilledSince(id), "one spare became the tenant's schema");
        assertCompleteAndOwnedBy(coop);
        awaitFullPool(); // refilled in the background after the commit
    }

    @Test
    void withNoSpareToClaimProvisioningRunsTheDdlAndTheSchemaIsJustAsComplete() {
        awaitFullPool(); // once full, the refill adds nothing while the rows are locked: the pool looks full to it
        Provisioned coop = Db.whileEverySpareSchemaIsLocked(() -> provision("coop-ddl-"));

        assertTrue(!madeBeforeTheTenant(coop.id()), "the schema was made in the request's transaction");
        assertCompleteAndOwnedBy(coop);
        assertEquals(POOL_SIZE, Db.count("SELECT count(*) FROM control.spare_schema"), "the locked spares are untouched");
    }

    @Test
    void sparesAreNoTenants() {
        awaitFullPool();
        assertEquals(0, Db.count("SELECT count(*) FROM control.tenant WHERE schema_name LIKE 'mutua\\_spare\\_%'"));
        assertTrue(Db.count("SELECT count(*) FROM control.spare_schema") >= POOL_SIZE, "spares exist meanwhile");
        Http.Response tree = Http.get("/api/tenants/nazionale/children?q=mutua_spare&size=50", NATIONAL);
        assertEquals(200, tree.status(), tree::toString);
        assertEquals(0, tree.json().getJsonArray("items").size(), "the tenant tree lists no spare");
    }

    private record Provisioned(long id, String code) {
    }

    private static Provisioned provision(String prefix) {
        String code = prefix + Users.unique();
        Http.Response r = Http.post("/api/tenants", NATIONAL, TenantApiIT.cooperative(code, "nazionale", "social", "09"));
        assertEquals(201, r.status(), r::toString);
        return new Provisioned(r.json().getJsonNumber("id").longValue(), code);
    }

    /** Same tables and changeSets as the national schema, the catalog agrees, and its requests land there. */
    private static void assertCompleteAndOwnedBy(Provisioned coop) {
        String schema = "t_" + coop.id();
        String reference = "t_" + Db.count("SELECT id FROM control.tenant WHERE code = 'nazionale'");
        assertEquals(Db.count(TABLES, reference), Db.count(TABLES, schema), "as many tables as every tenant schema");
        assertEquals(0, Db.count("SELECT count(*) FROM (" + TABLE_NAMES + " EXCEPT " + TABLE_NAMES + ") missing",
                reference, schema), "every table of a tenant schema");
        assertEquals(0, Db.count("SELECT count(*) FROM (SELECT version, changeset_id FROM " + reference + ".schema_history"
                + " EXCEPT SELECT version, changeset_id FROM " + schema + ".schema_history) missing"), "every changeSet");
        assertEquals(Db.count("SELECT max(version) FROM " + reference + ".schema_history"),
                Db.count("SELECT max(version) FROM " + schema + ".schema_history"), "at the current version");
        assertEquals(Db.count("SELECT max(version) FROM " + schema + ".schema_history"),
                Db.count("SELECT schema_version FROM control.tenant WHERE id = ?", coop.id()), "the catalog says the same");
        assertEquals(coop.id(), Db.count("SELECT tenant_id FROM " + schema + ".tenant_marker"));
        String admin = Users.create(coop.code(), "coop-admin");
        Http.Response marker = Http.get("/api/diagnostics/tenant-marker", Users.token(admin));
        assertEquals(200, marker.status(), marker::toString);
        assertEquals(coop.id(), marker.json().getJsonNumber("schemaTenantId").longValue(), "its requests read its own schema");
    }

    /**
     * Whether the schema's changeSets were applied in an earlier transaction than its tenant_marker row: a spare's.
     * The rendered DDL applies both in the provisioning transaction, so both carry that transaction's now().
     */
    private static boolean madeBeforeTheTenant(long id) {
        return Db.count("SELECT count(*) FROM t_" + id + ".schema_history h, t_" + id + ".tenant_marker m "
                + "WHERE h.applied_at < m.created_at") == Db.count("SELECT count(*) FROM t_" + id + ".schema_history");
    }

    /** Spares committed after the tenant was created (the background refill may already have run). */
    private static long refilledSince(long id) {
        return Db.count("SELECT count(*) FROM control.spare_schema s, control.tenant t WHERE t.id = ? "
                + "AND s.created_at >= t.created_at", id);
    }

    private static void awaitFullPool() {
        long deadline = System.currentTimeMillis() + 180_000;
        while (Db.count("SELECT count(*) FROM control.spare_schema") < POOL_SIZE) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the spare pool did not fill up in 180 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
