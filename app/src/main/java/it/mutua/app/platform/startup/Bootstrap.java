package it.mutua.app.platform.startup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.identity.application.SigningKeys;
import it.mutua.app.tenancy.Placements;
import it.mutua.app.tenancy.SchemaInstaller;
import it.mutua.migrations.ControlSchema;
import it.mutua.migrations.EmbeddedPostgresServer;

/**
 * Brings the application's ground up before the first request: database, catalog schema, signing key, demo data.
 *
 * <p>Hibernate does not touch the database while booting ({@code hibernate.boot.allow_jdbc_metadata_access=false}),
 * which is what lets this listener start the embedded PostgreSQL first.
 */
@WebListener
public class Bootstrap implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "mutua.db.url")
    Optional<String> databaseUrl;
    @Inject
    @ConfigProperty(name = "mutua.db.embedded.port", defaultValue = "5532")
    int embeddedPort;
    @Inject
    @ConfigProperty(name = "mutua.data.dir", defaultValue = ".mutua/data")
    String dataDir;
    @Inject
    @ConfigProperty(name = "mutua.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    SigningKeys signingKeys;
    @Inject
    DemoData demoData;
    @Inject
    TokenVerificationWarmUp tokenWarmUp;
    @Inject
    SchemaInstaller schemaInstaller;

    private EmbeddedPostgresServer database;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long started = System.nanoTime();
        if (usesEmbeddedDatabase()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            database = EmbeddedPostgresServer.startOrReuse(dir, embeddedPort);
            LOG.info(() -> "embedded PostgreSQL on port " + embeddedPort + ", data in " + dir);
        } else {
            LOG.info(() -> "external PostgreSQL at " + databaseUrl.orElse("?").replaceAll("password=[^&]*", "password=***"));
        }
        ControlSchema.migrate(Placements.unmanagedDataSource(Placements.MAIN));
        signingKeys.ensureKey();
        if (demo) {
            demoData.loadIfEmpty();
        }
        StartupState.markStarted();
        tokenWarmUp.start();
        schemaInstaller.prepareSpares(); // in the background: readiness does not wait for spare schemas (ADR 0019)
        LOG.info(() -> "Mutua ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The embedded PostgreSQL serves unless MUTUA_DB_URL names another database. */
    private boolean usesEmbeddedDatabase() {
        String embeddedUrl = "jdbc:postgresql://localhost:" + embeddedPort + "/" + EmbeddedPostgresServer.APP_DATABASE;
        return databaseUrl.map(String::strip).filter(u -> !u.isEmpty()).map(embeddedUrl::equals).orElse(true);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        StartupState.markStopping();
        if (database != null) {
            database.shutdown();
            LOG.info("embedded PostgreSQL stopped");
        }
    }
}
