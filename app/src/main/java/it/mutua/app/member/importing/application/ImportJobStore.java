package it.mutua.app.member.importing.application;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import it.mutua.app.member.importing.domain.ImportMode;
import it.mutua.app.member.importing.domain.LineProblem;
import it.mutua.app.problem.Messages;

/**
 * The job rows of the tenant in context ({@code member_import_job}, {@code member_import_problem}). Every method runs
 * in the caller's transaction; the runner wraps progress updates in their own short transactions.
 */
@ApplicationScoped
public class ImportJobStore {

    /** A running job that has not written a heartbeat for this long is shown as interrupted. */
    static final Duration STALE = Duration.ofSeconds(90);

    @PersistenceContext(unitName = "mutua")
    EntityManager em;

    /** One problem of the report, with its text in both languages. */
    public record ReportLine(long line, String field, String code, String messageIt, String messageEn) {
    }

    public long create(ImportMode mode, String fileName, long bytes, String charset, char delimiter, long lines,
                       LocalDate absentLeaveOn, String createdBy) {
        Object id = em.createNativeQuery("INSERT INTO member_import_job (mode, status, phase, file_name, file_bytes, "
                        + "charset, delimiter, total_lines, absent_leave_on, created_by) "
                        + "VALUES (?1, 'QUEUED', 'QUEUED', ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id")
                .setParameter(1, mode.parameter()).setParameter(2, fileName).setParameter(3, bytes)
                .setParameter(4, charset).setParameter(5, String.valueOf(delimiter)).setParameter(6, lines)
                .setParameter(7, absentLeaveOn == null ? null : Date.valueOf(absentLeaveOn))
                .setParameter(8, createdBy).getSingleResult();
        return ((Number) id).longValue();
    }

    /**
     * Progress of the current phase: {@code done} of {@code total} (lines while VALIDATING, rows to write while
     * WRITING); the lines read so far are kept in processed_lines.
     */
    public void progress(long id, String phase, long done, long total) {
        em.createNativeQuery("UPDATE member_import_job SET status = 'RUNNING', phase = ?2, phase_done = ?3, "
                        + "phase_total = ?4, processed_lines = CASE WHEN ?2 = 'VALIDATING' THEN ?3 ELSE processed_lines END, "
                        + "started_at = coalesce(started_at, now()), heartbeat_at = now() WHERE id = ?1")
                .setParameter(1, id).setParameter(2, phase).setParameter(3, done).setParameter(4, total)
                .executeUpdate();
    }

    /** The end of a job that read the whole file; written in the import's own transaction. */
    public void finish(long id, String status, long dataLines, long invalidLines, int[] counts,
                       List<LineProblem> problems) {
        em.createNativeQuery("UPDATE member_import_job SET status = ?2, phase = 'DONE', total_lines = ?3, "
                        + "processed_lines = ?3, phase_done = phase_total, invalid_lines = ?4, hires = ?5, updates = ?6, leavers = ?7, "
                        + "unchanged = ?8, heartbeat_at = now(), finished_at = now() WHERE id = ?1")
                .setParameter(1, id).setParameter(2, status).setParameter(3, dataLines).setParameter(4, invalidLines)
                .setParameter(5, counts[0]).setParameter(6, counts[1]).setParameter(7, counts[2])
                .setParameter(8, counts[3]).executeUpdate();
        int seq = 0;
        for (LineProblem p : problems) {
            em.createNativeQuery("INSERT INTO member_import_problem (job_id, seq, line, field, code, message_it, "
                            + "message_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, id).setParameter(2, seq++).setParameter(3, p.line()).setParameter(4, p.field())
                    .setParameter(5, p.code()).setParameter(6, text(p, Messages.ITALIAN))
                    .setParameter(7, text(p, Locale.ENGLISH)).executeUpdate();
        }
    }

    /** A job that could not read the file (or crashed): nothing was imported. */
    public void fail(long id, String code, String args) {
        em.createNativeQuery("UPDATE member_import_job SET status = 'FAILED', phase = 'DONE', failure_code = ?2, "
                        + "failure_args = ?3, heartbeat_at = now(), finished_at = now() WHERE id = ?1")
                .setParameter(1, id).setParameter(2, code)
                .setParameter(3, args == null || args.length() <= 400 ? args : args.substring(0, 400)).executeUpdate();
    }

    /** True while another import of this tenant is queued or running with a fresh heartbeat. */
    public boolean busy() {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM member_import_job WHERE status IN "
                        + "('QUEUED', 'RUNNING') AND coalesce(heartbeat_at, created_at) > ?1")
                .setParameter(1, Timestamp.from(OffsetDateTime.now().minus(STALE).toInstant())).getSingleResult();
        return n.longValue() > 0;
    }

    public Optional<ImportJobView> find(long id) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(r -> view((Object[]) r)).findFirst();
    }

    public List<ImportJobView> latest(int page, int size) {
        return em.createNativeQuery(SELECT + " ORDER BY id DESC").setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(r -> view((Object[]) r)).toList();
    }

    public List<ReportLine> report(long id, Locale unused) {
        List<?> rows = em.createNativeQuery("SELECT line, field, code, message_it, message_en FROM member_import_problem "
                + "WHERE job_id = ?1 ORDER BY seq").setParameter(1, id).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new ReportLine(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    private static final String SELECT = "SELECT id, mode, status, phase, file_name, file_bytes, charset, delimiter, "
            + "absent_leave_on, total_lines, processed_lines, invalid_lines, hires, updates, leavers, unchanged, "
            + "failure_code, failure_args, created_by, created_at, started_at, finished_at, heartbeat_at, phase_done, "
            + "phase_total "
            + "FROM member_import_job";

    private static ImportJobView view(Object[] r) {
        String status = (String) r[2];
        OffsetDateTime heartbeat = time(r[22]);
        OffsetDateTime created = time(r[19]);
        OffsetDateTime last = heartbeat != null ? heartbeat : created;
        if (("RUNNING".equals(status) || "QUEUED".equals(status)) && last != null
                && last.isBefore(OffsetDateTime.now().minus(STALE))) {
            status = "INTERRUPTED";
        }
        return new ImportJobView(((Number) r[0]).longValue(), (String) r[1], status, (String) r[3], (String) r[4],
                ((Number) r[5]).longValue(), (String) r[6], r[7] == null ? null : String.valueOf(r[7]),
                r[8] == null ? null : date(r[8]),
                ((Number) r[9]).longValue(), ((Number) r[10]).longValue(), ((Number) r[11]).longValue(),
                ((Number) r[12]).intValue(), ((Number) r[13]).intValue(), ((Number) r[14]).intValue(),
                ((Number) r[15]).intValue(), (String) r[16], (String) r[17], (String) r[18], created, time(r[20]),
                time(r[21]), ((Number) r[23]).longValue(), ((Number) r[24]).longValue());
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String text(LineProblem p, Locale locale) {
        String t = p.hasTexts() ? (Locale.ENGLISH.equals(locale) ? p.textEn() : p.textIt())
                : Messages.text(locale, p.code(), p.args());
        return t.length() <= 600 ? t : t.substring(0, 600);
    }
}
