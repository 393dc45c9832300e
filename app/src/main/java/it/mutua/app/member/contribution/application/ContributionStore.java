package it.mutua.app.member.contribution.application;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import it.mutua.app.member.contribution.domain.ContributionLine;
import it.mutua.app.member.contribution.domain.ContributionPeriod;
import it.mutua.app.member.contribution.domain.Insured;
import it.mutua.app.member.contribution.domain.Standing;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.Money;

/** SQL of the contribution tables of the tenant in context, in the caller's transaction. */
@ApplicationScoped
public class ContributionStore {

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    /** Everyone with a coverage period overlapping the period (one row per person, the earliest period's plan). */
    @SuppressWarnings("unchecked")
    public List<Insured> insured(ContributionPeriod period) {
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (m.id) m.id, m.fiscal_code, m.family_role,"
                        + " m.birth_date, e.plan_code FROM enrolment e JOIN member m ON m.id = e.member_id"
                        + " WHERE e.start_date <= ?2 AND (e.end_date IS NULL OR e.end_date >= ?1)"
                        + " ORDER BY m.id, e.start_date")
                .setParameter(1, Date.valueOf(period.start())).setParameter(2, Date.valueOf(period.end()))
                .getResultList();
        return rows.stream().map(r -> new Insured(((Number) r[0]).longValue(), (String) r[1],
                FamilyRole.valueOf((String) r[2]), date(r[3]), (String) r[4])).toList();
    }

    public boolean exists(ContributionPeriod period) {
        return !em.createNativeQuery("SELECT 1 FROM contribution_statement WHERE period = ?1")
                .setParameter(1, period.code()).getResultList().isEmpty();
    }

    /** The statement and its lines; the lines travel as arrays in one statement, whatever their number. */
    public void insert(ContributionPeriod period, Money total, List<ContributionLine> lines, Map<Long, String> plans,
                       String actor) {
        Object id = em.createNativeQuery("INSERT INTO contribution_statement (period, period_start, period_end,"
                        + " due_date, total, lines, generated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id")
                .setParameter(1, period.code()).setParameter(2, Date.valueOf(period.start()))
                .setParameter(3, Date.valueOf(period.end())).setParameter(4, Date.valueOf(period.dueDate()))
                .setParameter(5, total.amount()).setParameter(6, lines.size()).setParameter(7, actor)
                .getSingleResult();
        long statementId = ((Number) id).longValue();
        em.unwrap(Session.class).doWork(c -> {
            try (var ps = c.prepareStatement("INSERT INTO contribution_line (statement_id, member_id, fiscal_code,"
                    + " family_role, age, plan_code, amount) SELECT ?, m, f, r, a, p, x FROM unnest(?::bigint[],"
                    + " ?::text[], ?::text[], ?::int[], ?::text[], ?::numeric[]) AS u(m, f, r, a, p, x)")) {
                ps.setLong(1, statementId);
                ps.setArray(2, c.createArrayOf("bigint", lines.stream().map(ContributionLine::memberId).toArray()));
                ps.setArray(3, c.createArrayOf("text", lines.stream().map(ContributionLine::fiscalCode).toArray()));
                ps.setArray(4, c.createArrayOf("text", lines.stream().map(l -> l.role().name()).toArray()));
                ps.setArray(5, c.createArrayOf("int", lines.stream().map(ContributionLine::age).toArray()));
                ps.setArray(6, c.createArrayOf("text", lines.stream().map(l -> plans.get(l.memberId())).toArray()));
                ps.setArray(7, c.createArrayOf("numeric", lines.stream().map(l -> l.amount().amount()).toArray()));
                ps.executeUpdate();
            }
        });
    }

    public void addPayment(String period, Money amount, LocalDate paidOn, String method, String reference, String actor) {
        em.createNativeQuery("INSERT INTO contribution_payment (statement_id, amount, paid_on, method, reference,"
                        + " recorded_by) SELECT id, ?2, ?3, ?4, ?5, ?6 FROM contribution_statement WHERE period = ?1")
                .setParameter(1, period).setParameter(2, amount.amount()).setParameter(3, Date.valueOf(paidOn))
                .setParameter(4, method).setParameter(5, reference).setParameter(6, actor).executeUpdate();
    }

    /** Locks the statement row so two payments recorded at once cannot both pass the "not more than due" check. */
    public void lock(String period) {
        em.createNativeQuery("SELECT id FROM contribution_statement WHERE period = ?1 FOR UPDATE")
                .setParameter(1, period).getResultList();
    }

    /** Every statement with its payments, oldest period first: what {@link Standing} works on. */
    @SuppressWarnings("unchecked")
    public List<Standing.Statement> standing() {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) contributionsOnly("SELECT period, due_date, total FROM"
                + " contribution_statement ORDER BY period_start, period").getResultList()) {
            heads.put((String) r[0], r);
        }
        Map<String, List<Standing.Payment>> payments = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) contributionsOnly("SELECT s.period, p.paid_on, p.amount FROM"
                + " contribution_payment p JOIN contribution_statement s ON s.id = p.statement_id ORDER BY p.id")
                .getResultList()) {
            payments.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Standing.Payment(date(r[1]), new Money((BigDecimal) r[2])));
        }
        return heads.values().stream().map(r -> new Standing.Statement((String) r[0], date(r[1]),
                new Money((BigDecimal) r[2]), payments.getOrDefault((String) r[0], List.of()))).toList();
    }

    /**
     * A native read of the contribution tables that flushes only changes to those tables: a bare native query makes
     * Hibernate flush (and dirty-check) every entity in the session first, which a batch of claims, holding the
     * members and periods of hundreds of people, paid on every read (most of the claims load's time).
     */
    private NativeQuery<?> contributionsOnly(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("contribution_statement").addSynchronizedQuerySpace("contribution_payment");
    }

    @SuppressWarnings("unchecked")
    public List<StatementView> list() {
        return ((List<Object[]>) em.createNativeQuery(HEAD + " GROUP BY s.id ORDER BY s.period_start DESC, s.period")
                .getResultList()).stream().map(r -> head(r, List.of(), List.of())).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<StatementView> find(String period) {
        List<Object[]> rows = em.createNativeQuery(HEAD + " WHERE s.period = ?1 GROUP BY s.id")
                .setParameter(1, period).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<StatementView.Line> lines = ((List<Object[]>) em.createNativeQuery("SELECT l.fiscal_code, l.family_role,"
                        + " l.age, l.plan_code, l.amount FROM contribution_line l JOIN contribution_statement s"
                        + " ON s.id = l.statement_id WHERE s.period = ?1 ORDER BY l.fiscal_code")
                .setParameter(1, period).getResultList()).stream()
                .map(r -> new StatementView.Line((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        (String) r[3], (BigDecimal) r[4])).toList();
        List<StatementView.PaymentView> payments = ((List<Object[]>) em.createNativeQuery("SELECT p.amount, p.paid_on,"
                        + " p.method, p.reference, p.recorded_by FROM contribution_payment p JOIN contribution_statement s"
                        + " ON s.id = p.statement_id WHERE s.period = ?1 ORDER BY p.paid_on, p.id")
                .setParameter(1, period).getResultList()).stream()
                .map(r -> new StatementView.PaymentView((BigDecimal) r[0], date(r[1]), (String) r[2], (String) r[3],
                        (String) r[4])).toList();
        return Optional.of(head(rows.get(0), lines, payments));
    }

    private static final String HEAD = "SELECT s.period, s.period_start, s.period_end, s.due_date, s.total,"
            + " coalesce(sum(p.amount), 0), s.lines FROM contribution_statement s"
            + " LEFT JOIN contribution_payment p ON p.statement_id = s.id";

    private static StatementView head(Object[] r, List<StatementView.Line> lines,
                                      List<StatementView.PaymentView> payments) {
        Money total = new Money((BigDecimal) r[4]);
        Money paid = new Money(new BigDecimal(r[5].toString()));
        Money outstanding = total.minus(paid).atLeastZero();
        return new StatementView((String) r[0], date(r[1]), date(r[2]), date(r[3]), total.amount(), paid.amount(),
                outstanding.amount(), ((Number) r[6]).intValue(), outstanding.isZero() ? "PAID" : "OPEN", lines,
                payments);
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
