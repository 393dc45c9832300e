package it.mutua.migrations;

import liquibase.Scope;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs Liquibase code inside a child {@link Scope} with the classpath as resource accessor.
 *
 * <p>Why: Liquibase's programmatic API reads resources, UI and configuration from the current
 * Scope; doing it in one place keeps console chatter out of server logs, turns off the usage
 * analytics call (no internet here) and makes changelog paths classpath paths everywhere.
 */
final class LiquibaseScope {

    /** A Liquibase action that may throw. */
    @FunctionalInterface
    interface Action<T> {
        T run(ResourceAccessor resources) throws Exception;
    }

    private LiquibaseScope() {
    }

    static <T> T call(Action<T> action) {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(LiquibaseScope.class.getClassLoader());
        Map<String, Object> values = new HashMap<>();
        values.put(Scope.Attr.resourceAccessor.name(), resources);
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put("liquibase.analytics.enabled", Boolean.FALSE);
        try {
            return Scope.child(values, () -> action.run(resources));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase failed: " + e.getMessage(), e);
        }
    }
}
