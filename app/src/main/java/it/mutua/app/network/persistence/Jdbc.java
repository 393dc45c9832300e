package it.mutua.app.network.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import it.mutua.app.kernel.RuleViolation;

/**
 * Plain JDBC on the connection of the current transaction, which the tenancy plumbing has already pointed at the
 * schema of the tenant in context: unqualified tables are that tenant's.
 */
@ApplicationScoped
public class Jdbc {

    /** A unit of JDBC work that may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    public <T> T run(Work<T> work) {
        try {
            return em.unwrap(Session.class).doReturningWork(work::run);
        } catch (org.hibernate.JDBCException e) {
            throw translate(e.getSQLException());
        }
    }

    private static RuntimeException translate(SQLException e) {
        // 23505: a unique constraint, i.e. the same partita IVA and address written concurrently
        if ("23505".equals(e.getSQLState())) {
            return RuleViolation.conflict("network.facility.duplicateConcurrent");
        }
        return new IllegalStateException("network SQL failed: " + e.getMessage(), e);
    }
}
