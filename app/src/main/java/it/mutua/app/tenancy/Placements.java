package it.mutua.app.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Maps a tenant's placement (the catalog's {@code placement} column) to the pooled DataSource of that database.
 *
 * <p>Placement {@code main} is the server's {@code jdbc/mutua}. More databases are added by configuration only:
 * {@code mutua.placement.<key>.jndi=jdbc/other} plus a dataSource of that JNDI name in server.xml.
 */
public final class Placements {

    public static final String MAIN = "main";
    private static final Map<String, DataSource> CACHE = new ConcurrentHashMap<>();

    private Placements() {
    }

    static DataSource dataSource(String placement) {
        return CACHE.computeIfAbsent(placement, Placements::lookup);
    }

    /** The non-transactional pool of a placement: for the migration runner, which commits per tenant itself. */
    public static DataSource unmanagedDataSource(String placement) {
        return lookupJndi(jndiName(placement) + "-unmanaged");
    }

    private static DataSource lookup(String placement) {
        return lookupJndi(jndiName(placement));
    }

    private static String jndiName(String placement) {
        if (!placement.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalStateException("invalid placement key in catalog: " + placement);
        }
        String fallback = MAIN.equals(placement) ? "jdbc/mutua" : null;
        return ConfigProvider.getConfig()
                .getOptionalValue("mutua.placement." + placement + ".jndi", String.class)
                .or(() -> java.util.Optional.ofNullable(fallback))
                .orElseThrow(() -> new IllegalStateException("no dataSource configured for placement " + placement));
    }

    private static DataSource lookupJndi(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("dataSource " + name + " not found", e);
        }
    }
}
