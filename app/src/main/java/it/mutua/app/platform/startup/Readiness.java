package it.mutua.app.platform.startup;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import it.mutua.app.tenancy.Placements;

/** Ready when start-up finished and the database answers; not ready while stopping. Served at /health/ready. */
@ApplicationScoped
@org.eclipse.microprofile.health.Readiness
public class Readiness implements HealthCheck {

    private volatile boolean started;
    private volatile boolean stopping;

    void markStarted() {
        started = true;
    }

    void markStopping() {
        stopping = true;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mutua-database").withData("started", started);
        if (!started || stopping) {
            return response.down().build();
        }
        try (Connection c = Placements.unmanagedDataSource(Placements.MAIN).getConnection()) {
            boolean valid = c.isValid(2);
            return (valid ? response.up() : response.down()).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getSQLState() == null ? "unavailable" : e.getSQLState()).build();
        }
    }
}
