package it.mutua.app.claim.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

import it.mutua.app.plan.domain.Money;

/**
 * Plain JDBC on the session's connection, so it runs in the caller's JTA transaction and in the schema of the tenant
 * in context (the national one for claims). Why SQL rather than entities here: row locks in a fixed order, upserts
 * that return the locked value, and batch inserts are what the ceiling ledger and the benchmark need.
 */
@ApplicationScoped
public class Sql {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    public <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    /** Binds parameters by position: Money as NUMERIC, LocalDate as DATE, null as SQL NULL. */
    static PreparedStatement bind(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bindAll(ps, args);
        return ps;
    }

    static void bindAll(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Money m) {
                ps.setBigDecimal(i + 1, m.amount());
            } else if (a instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (a instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    static Money money(BigDecimal value) {
        return value == null ? null : new Money(value);
    }
}
