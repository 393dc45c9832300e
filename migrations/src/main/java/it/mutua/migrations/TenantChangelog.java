package it.mutua.migrations;

import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.OfflineConnection;
import liquibase.database.core.PostgresDatabase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant changelog, parsed by Liquibase and rendered to plain PostgreSQL SQL once per JVM.
 *
 * <p>Why render instead of running Liquibase per schema: Liquibase per schema costs ~230 ms per new
 * tenant (STACK.md) and its JVM-wide fast-check cache can silently skip schemas (liquibase
 * #4304/#5784). Rendering with an offline PostgresDatabase keeps Liquibase as the authoring format
 * while each tenant gets the same statements in one transaction, with names left unqualified so
 * they land in whatever schema the connection points to.
 *
 * <p>Contract: the changelog is append-only, a tenant's version is the number of changeSets applied
 * in order, and every changeSet must run in a transaction (runInTransaction="false" is refused,
 * since a tenant migration is all-or-nothing).
 */
public final class TenantChangelog {

    public static final String DEFAULT_PATH = "migrations/tenant/changelog.xml";
    private static final Map<String, TenantChangelog> CACHE = new ConcurrentHashMap<>();

    private final String path;
    private final List<RenderedChange> changes;

    private TenantChangelog(String path, List<RenderedChange> changes) {
        this.path = path;
        this.changes = List.copyOf(changes);
    }

    /** The application's tenant changelog ({@value #DEFAULT_PATH}), rendered once per JVM. */
    public static TenantChangelog load() {
        return load(DEFAULT_PATH);
    }

    /** A tenant changelog at a classpath path, rendered once per JVM and path. */
    public static TenantChangelog load(String classpathPath) {
        return CACHE.computeIfAbsent(classpathPath, TenantChangelog::render);
    }

    /** The classpath path this changelog was loaded from. */
    public String path() {
        return path;
    }

    /** The version a fully migrated tenant has: the number of changeSets. */
    public int targetVersion() {
        return changes.size();
    }

    /** Every change, in order. */
    public List<RenderedChange> changes() {
        return changes;
    }

    /** The changes a tenant at {@code version} still needs, in order (empty when at or beyond target). */
    public List<RenderedChange> changesAfter(int version) {
        if (version < 0) {
            throw new IllegalArgumentException("negative version " + version);
        }
        return version >= changes.size() ? List.of() : changes.subList(version, changes.size());
    }

    private static TenantChangelog render(String path) {
        return LiquibaseScope.call(resources -> {
            PostgresDatabase db = new PostgresDatabase();
            db.setConnection(new OfflineConnection("offline:postgresql?version=17.6&outputLiquibaseSql=none", resources));
            db.setOutputDefaultSchema(false);
            db.setOutputDefaultCatalog(false);
            DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(path, resources)
                    .parse(path, new ChangeLogParameters(db), resources);
            List<RenderedChange> rendered = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (ChangeSet changeSet : changeLog.getChangeSets()) {
                if (!changeSet.isRunInTransaction()) {
                    throw new IllegalStateException("tenant changeSet " + changeSet.getId()
                            + " has runInTransaction=false: tenant migrations are one transaction per tenant");
                }
                if (!ids.add(changeSet.getId())) {
                    throw new IllegalStateException("duplicate tenant changeSet id " + changeSet.getId());
                }
                List<String> statements = new ArrayList<>();
                for (Change change : changeSet.getChanges()) {
                    for (SqlStatement statement : change.generateStatements(db)) {
                        for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, db)) {
                            String text = sql.toSql().strip();
                            if (!text.isEmpty()) {
                                statements.add(text);
                            }
                        }
                    }
                }
                rendered.add(new RenderedChange(rendered.size() + 1, changeSet.getId(), statements));
            }
            return new TenantChangelog(path, rendered);
        });
    }
}
