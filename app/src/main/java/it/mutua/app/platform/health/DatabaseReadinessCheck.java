package it.mutua.app.platform.health;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import it.mutua.app.platform.startup.StartupState;
import it.mutua.app.tenancy.Placements;

/**
 * Ready when start-up finished, the server has loaded the keys that verify tokens, and the database answers; not ready
 * while stopping. Served at /health/ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mutua-database").withData("started", StartupState.started())
                .withData("tokenKeys", StartupState.tokenKeysLoaded());
        if (!StartupState.serving() || !StartupState.tokenKeysLoaded()) {
            return response.down().build();
        }
        try (Connection c = Placements.unmanagedDataSource(Placements.MAIN).getConnection()) {
            return (c.isValid(2) ? response.up() : response.down()).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getSQLState() == null ? "unavailable" : e.getSQLState()).build();
        }
    }
}
