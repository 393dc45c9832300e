package it.mutua.app.member.importing.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.MemberChanges;
import it.mutua.app.member.importing.domain.Change;
import it.mutua.app.member.importing.domain.CurrentWorker;
import it.mutua.app.member.importing.domain.PayrollRow;

/**
 * The statements of one bulk import, each taking a chunk of rows as parallel arrays. Values travel as text arrays
 * cast in SQL ({@code ?::date[]}), which keeps the JDBC side to one array type.
 */
final class BulkStatements {

    private static final String INSERT_MEMBERS = "INSERT INTO member (fiscal_code, given_name, family_name, birth_date,"
            + " sex, email, iban, family_role, hire_date, end_date, contract_type)"
            + " SELECT fc, gn, fn, bd, sx, em, ib, 'WORKER', hd, ed, ct FROM unnest(?::text[], ?::text[], ?::text[],"
            + " ?::date[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[])"
            + " AS u(fc, gn, fn, bd, sx, em, ib, hd, ed, ct) RETURNING id, fiscal_code";
    private static final String UPDATE_MEMBERS = "UPDATE member m SET given_name = u.gn, family_name = u.fn,"
            + " email = u.em, iban = u.ib, hire_date = u.hd, end_date = u.ed, contract_type = u.ct,"
            + " updated_at = now(), row_version = m.row_version + 1"
            + " FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[])"
            + " AS u(id, gn, fn, em, ib, hd, ed, ct) WHERE m.id = u.id";
    private static final String INSERT_HISTORY = "INSERT INTO member_history (member_id, fiscal_code, action, changes,"
            + " changed_by) SELECT id, fc, ac, ch, ? FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[])"
            + " AS u(id, fc, ac, ch)";
    private static final String INSERT_ENROLMENTS = "INSERT INTO enrolment (member_id, kind, plan_code, start_date,"
            + " end_date, end_reason, created_by) SELECT id, 'COLLECTIVE', ?, sd, ed,"
            + " CASE WHEN ed IS NULL THEN NULL ELSE 'LEFT_COOPERATIVE' END, ?"
            + " FROM unnest(?::bigint[], ?::date[], ?::date[]) AS u(id, sd, ed) RETURNING id, member_id";
    private static final String INDEX_ENROLMENTS = "INSERT INTO control.person_enrolment (tenant_id, enrolment_id,"
            + " fiscal_code, family_role, holder_fiscal_code, kind, plan_code, start_date, end_date)"
            + " SELECT ?, e.id, m.fiscal_code, m.family_role, coalesce(h.fiscal_code, m.fiscal_code), e.kind,"
            + " e.plan_code, e.start_date, e.end_date FROM enrolment e JOIN member m ON m.id = e.member_id"
            + " LEFT JOIN member h ON h.id = m.holder_id WHERE e.id = ANY (?::bigint[])"
            + " ON CONFLICT (tenant_id, enrolment_id) DO UPDATE SET end_date = EXCLUDED.end_date, updated_at = now()";
    /** Ends (or shortens) the coverage of leavers and their families; returns what each period was and became. */
    private static final String END_ENROLMENTS = "UPDATE enrolment e SET end_date = t.new_end, end_reason = t.reason,"
            + " row_version = e.row_version + 1 FROM (SELECT x.id, x.end_date AS old_end, m.id AS mid, m.fiscal_code,"
            + " greatest(x.start_date, u.ed) AS new_end,"
            + " CASE WHEN x.member_id = u.wid THEN 'LEFT_COOPERATIVE' ELSE 'HOLDER_ENDED' END AS reason"
            + " FROM unnest(?::bigint[], ?::date[]) AS u(wid, ed)"
            + " JOIN member m ON m.id = u.wid OR m.holder_id = u.wid JOIN enrolment x ON x.member_id = m.id"
            + " WHERE x.end_date IS NULL OR x.end_date > greatest(x.start_date, u.ed)) t WHERE e.id = t.id"
            + " RETURNING e.id, t.old_end IS NULL, t.mid, t.fiscal_code, t.reason, t.new_end";

    private final Connection c;
    private final long tenantId;
    private final String actor;
    private final LocalDate today;

    BulkStatements(Connection c, long tenantId, String actor, LocalDate today) {
        this.c = c;
        this.tenantId = tenantId;
        this.actor = actor;
        this.today = today;
    }

    /** New workers; returns their ids by codice fiscale. */
    Map<String, Long> insertMembers(List<Change> hires) throws SQLException {
        int n = hires.size();
        String[] fc = new String[n], gn = new String[n], fn = new String[n], bd = new String[n], sx = new String[n],
                em = new String[n], ib = new String[n], hd = new String[n], ed = new String[n], ct = new String[n];
        for (int i = 0; i < n; i++) {
            PayrollRow r = hires.get(i).wanted();
            fc[i] = r.key();
            gn[i] = r.givenName();
            fn[i] = r.familyName();
            bd[i] = r.fiscalCode().birthDate(today).toString();
            sx[i] = r.fiscalCode().sex().name();
            em[i] = r.email();
            ib[i] = r.iban();
            hd[i] = str(r.hireDate());
            ed[i] = str(r.endDate());
            ct[i] = r.contractType() == null ? null : r.contractType().name();
        }
        Map<String, Long> ids = new HashMap<>(n * 2);
        try (PreparedStatement ps = c.prepareStatement(INSERT_MEMBERS)) {
            bind(ps, 1, fc, gn, fn, bd, sx, em, ib, hd, ed, ct);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        List<Object[]> history = new ArrayList<>(n);
        for (Change h : hires) {
            history.add(new Object[] {ids.get(h.wanted().key()), h.wanted().key(), HistoryEntry.Action.REGISTERED,
                    MemberChanges.between(Map.of(), snapshot(h.wanted())).toJson()});
        }
        insertHistory(history);
        return ids;
    }

    /**
     * Collective enrolment of new hires under {@code planCode}, from the later of hire date and adhesion start;
     * returns how many periods were opened without an end (the "enrolled" figure).
     */
    int enrol(List<Change> hires, Map<String, Long> ids, String planCode, LocalDate adhesionStart) throws SQLException {
        List<Long> members = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        int open = 0;
        for (Change h : hires) {
            PayrollRow r = h.wanted();
            LocalDate start = r.hireDate().isBefore(adhesionStart) ? adhesionStart : r.hireDate();
            if (r.endDate() != null && r.endDate().isBefore(start)) {
                continue; // left before the adhesion began: never covered
            }
            open += r.endDate() == null ? 1 : 0;
            Long id = ids.get(r.key());
            members.add(id);
            starts.add(start.toString());
            ends.add(str(r.endDate()));
            history.add(new Object[] {id, r.key(), HistoryEntry.Action.ENROLLED,
                    MemberChanges.note("COLLECTIVE " + planCode + " from " + start).toJson()});
        }
        if (members.isEmpty()) {
            return 0;
        }
        List<Long> enrolments = new ArrayList<>(members.size());
        try (PreparedStatement ps = c.prepareStatement(INSERT_ENROLMENTS)) {
            ps.setString(1, planCode);
            ps.setString(2, actor);
            ps.setArray(3, c.createArrayOf("bigint", members.toArray()));
            ps.setArray(4, c.createArrayOf("text", starts.toArray()));
            ps.setArray(5, c.createArrayOf("text", ends.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    enrolments.add(rs.getLong(1));
                }
            }
        }
        index(enrolments);
        insertHistory(history);
        return open;
    }

    /** Updates and leavers: the member row, then one history entry each with the changed fields. */
    void updateMembers(List<Change> changes) throws SQLException {
        int n = changes.size();
        Long[] id = new Long[n];
        String[] gn = new String[n], fn = new String[n], em = new String[n], ib = new String[n], hd = new String[n],
                ed = new String[n], ct = new String[n];
        List<Object[]> history = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Change ch = changes.get(i);
            PayrollRow r = ch.wanted();
            id[i] = ch.current().memberId();
            gn[i] = r.givenName();
            fn[i] = r.familyName();
            em[i] = r.email();
            ib[i] = r.iban();
            hd[i] = str(r.hireDate());
            ed[i] = str(r.endDate());
            ct[i] = r.contractType() == null ? null : r.contractType().name();
            HistoryEntry.Action action = ch.kind() == Change.Kind.LEAVER ? HistoryEntry.Action.ENDED
                    : HistoryEntry.Action.UPDATED;
            history.add(new Object[] {id[i], r.key(), action,
                    MemberChanges.between(snapshot(ch.current()), snapshot(r)).toJson()});
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE_MEMBERS)) {
            ps.setArray(1, c.createArrayOf("bigint", id));
            bind(ps, 2, gn, fn, em, ib, hd, ed, ct);
            ps.executeUpdate();
        }
        insertHistory(history);
    }

    /**
     * A leaver's open coverage and that of the family ends on the leaving date; the person index and the history
     * follow. Returns how many open periods were closed (the "enrolled" figure goes down by as many).
     */
    int endCoverage(List<Change> leavers) throws SQLException {
        if (leavers.isEmpty()) {
            return 0;
        }
        Long[] worker = leavers.stream().map(l -> l.current().memberId()).toArray(Long[]::new);
        String[] end = leavers.stream().map(l -> l.wanted().endDate().toString()).toArray(String[]::new);
        List<Long> ended = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        int closed = 0;
        try (PreparedStatement ps = c.prepareStatement(END_ENROLMENTS)) {
            ps.setArray(1, c.createArrayOf("bigint", worker));
            ps.setArray(2, c.createArrayOf("text", end));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ended.add(rs.getLong(1));
                    closed += rs.getBoolean(2) ? 1 : 0;
                    history.add(new Object[] {rs.getLong(3), rs.getString(4), HistoryEntry.Action.COVERAGE_ENDED,
                            MemberChanges.note(rs.getString(5) + " on " + rs.getDate(6).toLocalDate()).toJson()});
                }
            }
        }
        index(ended);
        insertHistory(history);
        return closed;
    }

    void index(List<Long> enrolments) throws SQLException {
        if (enrolments.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INDEX_ENROLMENTS)) {
            ps.setLong(1, tenantId);
            ps.setArray(2, c.createArrayOf("bigint", enrolments.toArray()));
            ps.executeUpdate();
        }
    }

    void insertHistory(List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        Long[] id = new Long[n];
        String[] fc = new String[n], ac = new String[n], ch = new String[n];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            id[i] = (Long) r[0];
            fc[i] = (String) r[1];
            ac[i] = ((HistoryEntry.Action) r[2]).name();
            ch[i] = (String) r[3];
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_HISTORY)) {
            ps.setString(1, actor);
            ps.setArray(2, c.createArrayOf("bigint", id));
            bind(ps, 3, fc, ac, ch);
            ps.executeUpdate();
        }
    }

    private void bind(PreparedStatement ps, int first, String[]... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            Array a = c.createArrayOf("text", columns[i]);
            ps.setArray(first + i, a);
        }
    }

    /** The import's fields under the registry's snapshot names, so history reads the same as for manual edits. */
    static Map<String, String> snapshot(PayrollRow r) {
        return snapshot(r.givenName(), r.familyName(), r.email(), r.iban(), r.hireDate(), r.endDate(),
                r.contractType() == null ? null : r.contractType().name());
    }

    static Map<String, String> snapshot(CurrentWorker w) {
        return snapshot(w.givenName(), w.familyName(), w.email(), w.iban(), w.hireDate(), w.endDate(),
                w.contractType() == null ? null : w.contractType().name());
    }

    private static Map<String, String> snapshot(String given, String family, String email, String iban, LocalDate hire,
                                                LocalDate end, String contract) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("givenName", given);
        s.put("familyName", family);
        s.put("email", email);
        s.put("iban", iban);
        s.put("hireDate", str(hire));
        s.put("endDate", str(end));
        s.put("contractType", contract);
        return s;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
