package it.mutua.app.member.importing.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.MemberChanges;
import it.mutua.app.member.importing.application.FamilyRegistry;
import it.mutua.app.tenancy.CurrentTenant;

/**
 * {@link FamilyRegistry} with set-based SQL on the Hibernate session's connection (tenant schema, the import's
 * transaction), like {@link SqlWorkerRegistry}. It writes what {@code FamilyService.add} and
 * {@code EnrolmentService.enrolFamilyMember} write one by one: the relative (birth date and sex from the codice
 * fiscale, role, holder), a REGISTERED history entry with the same snapshot fields, the enrolment with the holder's
 * kind and plan (ended with the holder's period when that has an end, reason HOLDER_ENDED), its ENROLLED (and
 * COVERAGE_ENDED) history and the national person index row.
 */
@ApplicationScoped
public class SqlFamilyRegistry implements FamilyRegistry {

    private static final String INSERT_RELATIVES = "INSERT INTO member (fiscal_code, given_name, family_name,"
            + " birth_date, sex, family_role, holder_id) SELECT fc, gn, fn, bd, sx, fr, hid FROM unnest(?::text[],"
            + " ?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::bigint[]) AS u(fc, gn, fn, bd, sx, fr, hid)"
            + " RETURNING id, fiscal_code";
    private static final String INSERT_ENROLMENTS = "INSERT INTO enrolment (member_id, kind, plan_code, start_date,"
            + " end_date, end_reason, created_by) SELECT id, k, p, sd, ed,"
            + " CASE WHEN ed IS NULL THEN NULL ELSE 'HOLDER_ENDED' END, ? FROM unnest(?::bigint[], ?::text[], ?::text[],"
            + " ?::date[], ?::date[]) WITH ORDINALITY AS u(id, k, p, sd, ed, n) ORDER BY n RETURNING id";

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    @Override
    public Map<String, Registered> find(Collection<String> fiscalCodes) {
        Map<String, Registered> found = new HashMap<>();
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, fiscal_code, family_role, holder_id FROM member"
                    + " WHERE fiscal_code = ANY (?::text[])")) {
                ps.setArray(1, c.createArrayOf("text", fiscalCodes.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long holder = rs.getLong(4);
                        found.put(rs.getString(2), new Registered(rs.getLong(1), rs.getString(2),
                                "WORKER".equals(rs.getString(3)), rs.wasNull() ? null : holder));
                    }
                }
            }
        });
        return found;
    }

    @Override
    public Map<Long, List<Period>> periods(Collection<Long> memberIds) {
        Map<Long, List<Period>> periods = new HashMap<>();
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT member_id, kind, plan_code, start_date, end_date"
                    + " FROM enrolment WHERE member_id = ANY (?::bigint[]) ORDER BY member_id, start_date, id")) {
                ps.setArray(1, c.createArrayOf("bigint", memberIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Period(rs.getLong(1),
                                rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                                SqlWorkerRegistry.date(rs.getDate(5))));
                    }
                }
            }
        });
        return periods;
    }

    @Override
    public Set<Long> withCoveredSpouse(Collection<Long> holderIds) {
        Set<Long> holders = new HashSet<>();
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.holder_id FROM member m JOIN enrolment e"
                    + " ON e.member_id = m.id WHERE m.family_role = 'SPOUSE' AND e.end_date IS NULL"
                    + " AND m.holder_id = ANY (?::bigint[])")) {
                ps.setArray(1, c.createArrayOf("bigint", holderIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        holders.add(rs.getLong(1));
                    }
                }
            }
        });
        return holders;
    }

    @Override
    public int add(List<NewRelative> relatives, String actor) {
        if (relatives.isEmpty()) {
            return 0;
        }
        em.flush();
        int[] open = new int[1];
        long tenantId = CurrentTenant.get().id();
        work(c -> {
            BulkStatements sql = new BulkStatements(c, tenantId, actor, LocalDate.now());
            Map<String, Long> ids = insertRelatives(c, relatives);
            List<Object[]> history = new ArrayList<>();
            List<NewRelative> covered = new ArrayList<>();
            for (NewRelative r : relatives) {
                history.add(new Object[] {ids.get(r.row().key()), r.row().key(), HistoryEntry.Action.REGISTERED,
                        MemberChanges.between(Map.of(), snapshot(r)).toJson()});
                if (r.holderPeriod() != null) {
                    covered.add(r);
                }
            }
            List<Long> enrolments = enrol(c, covered, ids, actor);
            sql.index(enrolments);
            for (NewRelative r : covered) {
                Long id = ids.get(r.row().key());
                history.add(new Object[] {id, r.row().key(), HistoryEntry.Action.ENROLLED,
                        MemberChanges.note(r.holderPeriod().kind() + " " + r.planCode() + " from " + r.start()).toJson()});
                if (r.holderPeriod().end() != null) {
                    history.add(new Object[] {id, r.row().key(), HistoryEntry.Action.COVERAGE_ENDED,
                            MemberChanges.note("HOLDER_ENDED on " + r.holderPeriod().end()).toJson()});
                } else {
                    open[0]++;
                }
            }
            sql.insertHistory(history);
        });
        return open[0];
    }

    private static Map<String, Long> insertRelatives(Connection c, List<NewRelative> relatives) throws SQLException {
        int n = relatives.size();
        String[] fc = new String[n], gn = new String[n], fn = new String[n], bd = new String[n], sx = new String[n],
                fr = new String[n];
        Long[] holder = new Long[n];
        for (int i = 0; i < n; i++) {
            NewRelative r = relatives.get(i);
            fc[i] = r.row().key();
            gn[i] = r.row().givenName();
            fn[i] = r.row().familyName();
            bd[i] = r.birthDate().toString();
            sx[i] = r.sex();
            fr[i] = r.row().role().name();
            holder[i] = r.holderId();
        }
        Map<String, Long> ids = new HashMap<>(n * 2);
        try (PreparedStatement ps = c.prepareStatement(INSERT_RELATIVES)) {
            int p = 1;
            for (String[] column : new String[][] {fc, gn, fn, bd, sx, fr}) {
                ps.setArray(p++, c.createArrayOf("text", column));
            }
            ps.setArray(p, c.createArrayOf("bigint", holder));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Long> enrol(Connection c, List<NewRelative> covered, Map<String, Long> ids, String actor)
            throws SQLException {
        List<Long> enrolments = new ArrayList<>(covered.size());
        if (covered.isEmpty()) {
            return enrolments;
        }
        int n = covered.size();
        Long[] member = new Long[n];
        String[] kind = new String[n], plan = new String[n], start = new String[n], end = new String[n];
        for (int i = 0; i < n; i++) {
            NewRelative r = covered.get(i);
            member[i] = ids.get(r.row().key());
            kind[i] = r.holderPeriod().kind();
            plan[i] = r.planCode();
            start[i] = r.start().toString();
            end[i] = r.holderPeriod().end() == null ? null : r.holderPeriod().end().toString();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_ENROLMENTS)) {
            ps.setString(1, actor);
            ps.setArray(2, c.createArrayOf("bigint", member));
            ps.setArray(3, c.createArrayOf("text", kind));
            ps.setArray(4, c.createArrayOf("text", plan));
            ps.setArray(5, c.createArrayOf("text", start));
            ps.setArray(6, c.createArrayOf("text", end));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    enrolments.add(rs.getLong(1));
                }
            }
        }
        return enrolments;
    }

    /** The fields of {@code Member.snapshot()} for a new relative, so the history reads as for one added by hand. */
    private static Map<String, String> snapshot(NewRelative r) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("givenName", r.row().givenName());
        s.put("familyName", r.row().familyName());
        s.put("birthDate", r.birthDate().toString());
        for (String empty : new String[] {"email", "phone", "street", "postcode", "municipality", "iban"}) {
            s.put(empty, null);
        }
        s.put("familyRole", r.row().role().name());
        s.put("hireDate", null);
        s.put("endDate", null);
        s.put("contractType", null);
        return s;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void work(Work work) {
        em.unwrap(Session.class).doWork(work::run);
    }
}
